package org.rapporteur.ui.workspace;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.rapporteur.model.Language;
import org.rapporteur.report.SpeakingStatistics;
import org.rapporteur.ui.UiText;

/**
 * Who spoke how often and how long: a table and a chart, for the open item or the whole meeting, points of
 * order counted apart. Worked out from the meeting the workspace holds (no store call).
 */
final class StatisticsDialog {
    private final UiText texts;
    private final WorkspaceViewModel model;
    private final TableView<SpeakingStatistics.Row> table = new TableView<>();
    /** Horizontal bars: delegations' names read across, however many there are. */
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());

    private final ExportFiles exports;
    private final SaveTarget saveTarget;
    private final javafx.scene.control.Label status = new javafx.scene.control.Label();
    /** The sheet's words and names follow a report language, the meeting's own by default. */
    private final ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
    private boolean wholeMeeting;

    StatisticsDialog(UiText texts, WorkspaceViewModel model, ExportFiles exports, SaveTarget saveTarget) {
        this.texts = texts;
        this.model = model;
        this.exports = exports;
        this.saveTarget = saveTarget;
    }

    void show(Window owner) {
        ToggleGroup scope = new ToggleGroup();
        RadioButton item = new RadioButton(texts.get("statistics.item"));
        RadioButton meeting = new RadioButton(texts.get("statistics.meeting"));
        item.setId("statisticsItem");
        meeting.setId("statisticsMeeting");
        item.setToggleGroup(scope);
        meeting.setToggleGroup(scope);
        item.setSelected(true);
        scope.selectedToggleProperty().addListener((o, was, now) -> fill(now == meeting));

        table.setId("statisticsTable");
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("statistics.speaker", SpeakingStatistics.Row::speaker),
                column("statistics.interventions", SpeakingStatistics.Row::interventions),
                column("statistics.time", r -> SpeakersViewModel.clock(r.time())),
                column("statistics.pointsOfOrder", SpeakingStatistics.Row::pointsOfOrder)));
        table.setPlaceholder(new javafx.scene.control.Label(texts.get("statistics.none")));
        chart.setId("statisticsChart");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        fill(false);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("statistics.title"));
        dialog.setHeaderText(texts.get("statistics.header"));
        javafx.scene.control.ScrollPane chartPane = new javafx.scene.control.ScrollPane(chart);
        chartPane.setFitToWidth(true);
        chartPane.setPrefViewportHeight(300);
        javafx.scene.control.Button export = new javafx.scene.control.Button(texts.get("statistics.export"));
        export.setId("statisticsExport");
        export.setOnAction(e -> export(owner));
        status.setId("statisticsStatus");
        status.setWrapText(true);
        language.setId("statisticsLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : texts.get("setup.language." + l.code());
            }

            @Override
            public Language fromString(String text) {
                return null; // chosen from the list, never typed
            }
        });
        var shown = model.meetingProperty().get();
        language.setValue(shown == null ? null : shown.facts().originalLanguage());
        javafx.scene.control.Label languageLabel = new javafx.scene.control.Label(texts.get("statistics.language"));
        languageLabel.setMnemonicParsing(true);
        languageLabel.setLabelFor(language);
        HBox exportRow = new HBox(12, export, languageLabel, language, status);
        exportRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, new HBox(16, item, meeting), table, chartPane, exportRow));
        dialog.getDialogPane().setPrefWidth(760);
        dialog.getDialogPane().setMinWidth(760);
        dialog.getDialogPane().getButtonTypes().setAll(texts.close());
        dialog.getDialogPane().setId("statisticsDialog");
        dialog.show();
    }

    /** The sheet is written by the service from the stored meeting, off the FX thread. */
    private void export(Window owner) {
        java.nio.file.Path file = saveTarget.choose(owner, texts.get("statistics.exportTitle"),
                texts.get("statistics.fileFilter"), "xlsx", texts.get("statistics.title") + ".xlsx");
        if (file == null) {
            return;
        }
        status.setText("");
        exports.statistics(wholeMeeting ? null : model.openItemId(), model.now(), language.getValue(), file)
                .thenAccept(status::setText);
    }

    private void fill(boolean wholeMeeting) {
        this.wholeMeeting = wholeMeeting;
        List<SpeakingStatistics.Row> rows = model.statistics(wholeMeeting);
        table.setItems(FXCollections.observableArrayList(rows));
        // Interventions always; minutes too once the speakers list (or the entries' times) has measured any.
        XYChart.Series<Number, String> interventions = new XYChart.Series<>();
        interventions.setName(texts.get("statistics.interventions"));
        XYChart.Series<Number, String> minutes = new XYChart.Series<>();
        minutes.setName(texts.get("statistics.minutes"));
        List<SpeakingStatistics.Row> shown = rows.reversed();     // the axis starts at the bottom: most frequent on top
        for (SpeakingStatistics.Row r : shown) {
            interventions.getData().add(new XYChart.Data<>(r.interventions(), r.speaker()));
            minutes.getData().add(new XYChart.Data<>(minutes(r.time()), r.speaker()));
        }
        // The axis keeps the categories of the scope shown before; it gets this scope's, in this order.
        ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(
                shown.stream().map(SpeakingStatistics.Row::speaker).distinct().toList()));
        boolean timed = rows.stream().anyMatch(r -> !r.time().isZero());
        chart.getData().setAll(timed ? List.of(interventions, minutes) : List.of(interventions));
        chart.setPrefHeight(Math.max(200, 26.0 * rows.size() * (timed ? 1.6 : 1.0) + 80));
    }

    private static double minutes(Duration d) {
        return Math.round(d.toSeconds() / 6.0) / 10.0;
    }

    private <T> TableColumn<SpeakingStatistics.Row, T> column(String key,
                                                              java.util.function.Function<SpeakingStatistics.Row, T> value) {
        TableColumn<SpeakingStatistics.Row, T> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
