package org.rapporteur.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rapporteur.report.Block;
import org.rapporteur.report.BlockStyle;
import org.rapporteur.report.Place;
import org.rapporteur.report.Report;

/**
 * Draws a composed report as a page on screen: the masthead (meeting on the left, classification on the
 * right), then each block in a look of its own style — the same blocks the Word file is written from, so the
 * preview says what the file will say. A double click on a paragraph opens its place in the workspace.
 */
final class ReportPreview {
    private ReportPreview() {
    }

    static List<Node> nodes(Report report, Consumer<Place> open) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(masthead(report));
        GridPane table = null;
        int row = 0;
        for (Block b : report.blocks()) {
            if (b.style().isTableRow()) {
                if (table == null) {
                    table = new GridPane();
                    table.setHgap(18);
                    table.setVgap(2);
                    table.getStyleClass().add("report-table");
                    nodes.add(table);
                    row = 0;
                }
                for (int c = 0; c < b.cells().size(); c++) {
                    Label cell = new Label(b.cells().get(c));
                    cell.getStyleClass().add(b.style() == BlockStyle.TABLE_HEADER ? "report-table-header" : "report-body");
                    table.add(cell, c, row);
                }
                row++;
                continue;
            }
            table = null;
            Label paragraph = new Label(b.style() == BlockStyle.BULLET || b.style() == BlockStyle.SPEAKER
                    ? "\u2022  " + b.text() : b.text());
            paragraph.setWrapText(true);
            paragraph.setMaxWidth(Double.MAX_VALUE);
            paragraph.getStyleClass().add("report-" + b.style().name().toLowerCase().replace('_', '-'));
            Place place = b.place();
            paragraph.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2) {
                    open.accept(place);
                }
            });
            nodes.add(paragraph);
        }
        return nodes;
    }

    private static Node masthead(Report report) {
        GridPane top = new GridPane();
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.LEFT);
        top.getColumnConstraints().setAll(left, right);
        top.add(lines(report.masthead().meeting()), 0, 0);
        top.add(lines(report.masthead().classification()), 1, 0);
        top.getStyleClass().add("report-masthead");
        return top;
    }

    private static Node lines(List<String> lines) {
        VBox box = new VBox(0);
        for (String line : lines) {
            Label l = new Label(line);
            l.getStyleClass().add("report-masthead-line");
            box.getChildren().add(l);
        }
        return box;
    }
}
