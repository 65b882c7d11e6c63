package org.rapporteur.ui.setup;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.rapporteur.ui.UiText;

/** The preview of an imported list: the rows to add, the rows left out with why, or why nothing could be read. */
final class ImportPreviewController {
    private final ImportPreview preview;
    private final UiText texts;

    @FXML
    private Label previewSummary;
    @FXML
    private Label previewFailure;
    @FXML
    private VBox previewLists;
    @FXML
    private TableView<ImportPreview.Line> previewRows;
    @FXML
    private TableColumn<ImportPreview.Line, Integer> rowLine;
    @FXML
    private TableColumn<ImportPreview.Line, String> rowFirst;
    @FXML
    private TableColumn<ImportPreview.Line, String> rowSecond;
    @FXML
    private TableColumn<ImportPreview.Line, String> rowThird;
    @FXML
    private TableColumn<ImportPreview.Line, String> rowNote;
    @FXML
    private Label problemsHeading;
    @FXML
    private TableView<ImportPreview.Problem> previewProblems;
    @FXML
    private TableColumn<ImportPreview.Problem, Integer> problemLine;
    @FXML
    private TableColumn<ImportPreview.Problem, String> problemWhy;

    ImportPreviewController(ImportPreview preview, UiText texts) {
        this.preview = preview;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        boolean failed = preview.failure() != null;
        previewFailure.setText(failed ? preview.failure() : "");
        previewFailure.setVisible(failed);
        previewFailure.setManaged(failed);
        previewLists.setVisible(!failed);
        previewLists.setManaged(!failed);
        previewSummary.setText(preview.summary());
        previewSummary.setVisible(!failed);
        previewSummary.setManaged(!failed);

        rowLine.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        rowFirst.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().first()));
        rowSecond.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().second()));
        rowThird.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().third()));
        rowNote.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        rowFirst.setText(preview.headings().get(0));
        rowSecond.setText(preview.headings().get(1));
        rowThird.setText(preview.headings().get(2));
        rowNote.setText(preview.headings().get(3));
        rowNote.setVisible(!preview.headings().get(3).isEmpty());
        previewRows.setItems(FXCollections.observableArrayList(preview.rows()));
        previewRows.setPlaceholder(new Label(texts.get("setup.import.nothingToAdd")));

        problemLine.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        problemWhy.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().why()));
        // Why a row was left out is a whole sentence: let it wrap rather than end in "…".
        problemWhy.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String why, boolean empty) {
                super.updateItem(why, empty);
                setText(empty ? null : why);
                setWrapText(true);
            }
        });
        previewProblems.setItems(FXCollections.observableArrayList(preview.problems()));
        boolean anyProblem = !preview.problems().isEmpty();
        problemsHeading.setVisible(anyProblem);
        problemsHeading.setManaged(anyProblem);
        previewProblems.setVisible(anyProblem);
        previewProblems.setManaged(anyProblem);
    }
}
