package org.rapporteur.ui.workspace;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rapporteur.model.Language;
import org.rapporteur.report.Annex;
import org.rapporteur.report.DraftWarning;
import org.rapporteur.ui.UiText;

/**
 * The report window: the report as it will be exported, on a page that follows the typing; beside it what a
 * reader would trip over (Enter or a double click opens the place in the workspace); the annexes to add; the
 * language of the report; and the export to Word, which is allowed whatever the check found.
 */
public final class ReportWindowController {
    private final ReportViewModel model;
    private final UiText texts;
    private final SaveTarget saveTarget;

    @FXML
    private BorderPane root;
    @FXML
    private CheckBox annexDocuments;
    @FXML
    private CheckBox annexParticipants;
    @FXML
    private CheckBox annexDecisions;
    @FXML
    private CheckBox annexStatistics;
    @FXML
    private Label languageLabel;
    @FXML
    private ComboBox<Language> language;
    @FXML
    private Button exportButton;
    @FXML
    private VBox page;
    @FXML
    private ListView<DraftWarning> warnings;
    @FXML
    private Label status;

    public ReportWindowController(ReportViewModel model, UiText texts, SaveTarget saveTarget) {
        this.model = model;
        this.texts = texts;
        this.saveTarget = saveTarget;
    }

    @FXML
    private void initialize() {
        annexDocuments.selectedProperty().bindBidirectional(model.annex(Annex.DOCUMENTS));
        annexParticipants.selectedProperty().bindBidirectional(model.annex(Annex.PARTICIPANTS));
        annexDecisions.selectedProperty().bindBidirectional(model.annex(Annex.DECISIONS));
        annexStatistics.selectedProperty().bindBidirectional(model.annex(Annex.STATISTICS));
        languageLabel.setLabelFor(language);
        language.setItems(FXCollections.observableArrayList(Language.values()));
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
        language.valueProperty().bindBidirectional(model.languageProperty());
        model.reportProperty().addListener((o, was, now) -> {
            if (now != null) {
                page.getChildren().setAll(ReportPreview.nodes(now, model::goTo));
            }
        });
        warnings.setItems(model.warnings());
        warnings.setPlaceholder(new Label(texts.get("report.checkClean")));
        warnings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DraftWarning w, boolean empty) {
                super.updateItem(w, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || w == null ? null : texts.get("report.check." + w.kind().name()) + ": " + model.sentence(w));
            }
        });
        warnings.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                openWarning();
            }
        });
        warnings.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                openWarning();
                key.consume();
            }
        });
        status.textProperty().bind(model.statusProperty());
    }

    private void openWarning() {
        DraftWarning chosen = warnings.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.goTo(chosen.place());
        }
    }

    @FXML
    private void onExport() {
        var file = saveTarget.choose(root.getScene().getWindow(), texts.get("report.exportTitle"),
                texts.get("report.fileFilter"), "docx", model.suggestedFileName());
        if (file != null) {
            model.export(file);
        }
    }
}
