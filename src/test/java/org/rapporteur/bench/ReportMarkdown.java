package org.rapporteur.bench;

import java.util.List;
import org.rapporteur.report.Block;
import org.rapporteur.report.Report;

/**
 * The text of a composed report as Markdown, for timing pandoc on the same words: the masthead's lines, headings
 * for the title, parts, items and annexes, list items for speakers and bullets, paragraphs for the rest, and pipe
 * tables for the annexes' tables. Only the words matter here, so the look is left to pandoc's defaults.
 */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String of(Report report) {
        StringBuilder md = new StringBuilder();
        for (String line : report.masthead().meeting()) {
            md.append(escape(line)).append("  \n");
        }
        md.append('\n');
        for (String line : report.masthead().classification()) {
            md.append(escape(line)).append("  \n");
        }
        md.append('\n');
        List<Block> blocks = report.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = escape(block.text()).replace("\n", "  \n");
            switch (block.style()) {
                case TITLE, ANNEX_TITLE -> md.append("# ").append(text).append("\n\n");
                case HEADING_1 -> md.append("## ").append(text).append("\n\n");
                case HEADING_2 -> md.append("### ").append(text).append("\n\n");
                case HEADING_3 -> md.append("#### ").append(text).append("\n\n");
                case DAY, CHAIR_LINE -> md.append("**").append(text).append("**\n\n");
                case SPEAKER, BULLET -> md.append("- ").append(text).append("\n\n");
                case TABLE_HEADER -> {
                    md.append(row(block.cells()));
                    md.append("|").append("---|".repeat(block.cells().size())).append('\n');
                    if (i + 1 >= blocks.size() || !blocks.get(i + 1).style().isTableRow()) {
                        md.append('\n');
                    }
                }
                case TABLE_ROW -> {
                    md.append(row(block.cells()));
                    if (i + 1 >= blocks.size() || !blocks.get(i + 1).style().isTableRow()) {
                        md.append('\n');
                    }
                }
                default -> md.append(text).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(escape(cell).replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return row.append('\n').toString();
    }

    /** Markdown's own characters taken as text: a summary's "*" or "#" is a character, not a format. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>])", "\\\\$1");
    }
}
