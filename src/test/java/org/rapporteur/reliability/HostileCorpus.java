package org.rapporteur.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text that breaks programs: what a rapporteur pastes from PDFs, e-mails and web pages, and what an attacker
 * would type. Every string must survive the store, the meeting file and the Word report.
 */
final class HostileCorpus {
    /** A paste of about a megabyte, the most a summary may hold: 1,000,000 characters. */
    static final int MEGABYTE_PASTE = 1_000_000;

    private HostileCorpus() {
    }

    static List<String> strings() {
        List<String> all = new ArrayList<>(List.of(
                "NUL \u0000 in the middle",
                "bell \u0007, escape \u001b[31mred\u001b[0m, delete \u007f",
                "form feed from a pasted PDF\fthe next page",
                "vertical tab\u000bWord's line break",
                "carriage return only\rnext line, and Windows\r\nline ends",
                "a lone high surrogate \uD800 here",
                "a lone low surrogate \uDC00 there",
                "a reversed pair \uDC00\uD800 of surrogates",
                "emoji 🙂 👍🏽 👨‍👩‍👧 and flags 🇨🇱 🇧🇷 🇺🇸",
                "right to left: مرحبا بالعالم ‏mark‎ and an override \u202Ereversed\u202C back",
                "Hebrew שלום and Devanagari नमस्ते and Chinese 会议报告",
                "Robert'); DROP TABLE meeting;--",
                "' OR '1'='1",
                "<w:p><w:r><w:t>injected paragraph</w:t></w:r></w:p>",
                "XML specials & < > \" ' ]]> <![CDATA[x]]> &amp; &#0; &#x1F;",
                "MessageFormat {0} {1,number} '' and printf %s %n %d",
                "zero\u200Bwidth space, BOM \uFEFF, soft\u00ADhyphen, no-break\u00A0space",
                "combining e\u0301 and precomposed é, Ångström Å",
                "noncharacters \uFFFE \uFFFF and private use \uE000",
                "tab\tseparated\tcolumns",
                "   leading and trailing spaces   ",
                "\n\n\nblank lines before, between\n\n\n\nand after\n\n\n",
                "😀".repeat(2000)));
        all.add(megabyte());
        return all;
    }

    /** Words and line breaks as a long pasted document has them, exactly {@link #MEGABYTE_PASTE} characters. */
    static String megabyte() {
        Random random = new Random(7);
        String[] words = {"la", "delegación", "expressed", "support", "for", "the", "draft", "résolution", "Estado",
            "membre", "\n", "\n\n", "—", "1.", "(a)"};
        StringBuilder text = new StringBuilder(MEGABYTE_PASTE);
        while (text.length() < MEGABYTE_PASTE) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        text.setLength(MEGABYTE_PASTE);
        return text.toString();
    }
}
