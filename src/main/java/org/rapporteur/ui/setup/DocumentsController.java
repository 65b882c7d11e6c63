package org.rapporteur.ui.setup;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import org.rapporteur.exchange.DocumentsPreview;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;

/**
 * The Documents tab: the table edits a document in place, Enter or Edit opens it, Delete asks first; a
 * pasted or imported list goes through a preview that changes nothing until confirmed.
 */
final class DocumentsController {
    private final DocumentsViewModel model;
    private final UiText texts;
    private final SetupDialogs dialogs;
    private final FilePicker files;

    @FXML
    private Label documentsLabel;
    @FXML
    private Label documentCount;
    @FXML
    private TableView<Document> documentsTable;
    @FXML
    private TableColumn<Document, String> documentSymbolColumn;
    @FXML
    private TableColumn<Document, String> documentTitleColumn;
    @FXML
    private TableColumn<Document, DocumentKind> documentKindColumn;
    @FXML
    private Button addDocument;
    @FXML
    private Button editDocument;
    @FXML
    private Button deleteDocument;
    @FXML
    private Button pasteDocuments;
    @FXML
    private Button importDocuments;

    DocumentsController(DocumentsViewModel model, UiText texts, SetupDialogs dialogs, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        this.files = files;
    }

    @FXML
    private void initialize() {
        documentsLabel.setLabelFor(documentsTable);
        documentsTable.setItems(model.documents());
        documentsTable.setPlaceholder(new Label(texts.get("setup.documents.none")));
        documentCount.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("setup.documents.count", model.documents().size()), model.documents()));

        documentSymbolColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().symbol()));
        documentSymbolColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        documentSymbolColumn.setOnEditCommit(e -> {
            Document d = e.getRowValue();
            model.update(new Document(d.id(), e.getNewValue(), d.title(), d.kind()));
        });
        documentTitleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().title())));
        documentTitleColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        documentTitleColumn.setOnEditCommit(e -> {
            Document d = e.getRowValue();
            model.update(new Document(d.id(), d.symbol(), e.getNewValue(), d.kind()));
        });
        documentKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        documentKindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                SetupDialogs.named(k -> texts.get("setup.docKind." + k.name())), FXCollections.observableArrayList(DocumentKind.values())));
        documentKindColumn.setOnEditCommit(e -> {
            Document d = e.getRowValue();
            if (e.getNewValue() != null) {
                model.update(new Document(d.id(), d.symbol(), d.title(), e.getNewValue()));
            }
        });

        var nothingSelected = documentsTable.getSelectionModel().selectedItemProperty().isNull();
        editDocument.disableProperty().bind(nothingSelected);
        deleteDocument.disableProperty().bind(nothingSelected);
        documentsTable.setOnKeyPressed(key -> {
            if (documentsTable.getEditingCell() != null) {
                return;
            }
            if (key.getCode() == KeyCode.ENTER) {
                onEdit();
                key.consume();
            } else if (key.getCode() == KeyCode.DELETE) {
                onDelete();
                key.consume();
            }
        });
    }

    /** Where the keyboard goes when the tab is opened with its shortcut. */
    Node first() {
        return documentsTable;
    }

    @FXML
    private void onAdd() {
        dialogs.document(new Document(null, "", null, DocumentKind.WORKING_DOCUMENT), model::add);
    }

    @FXML
    private void onEdit() {
        Document selected = documentsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.document(selected, model::update);
        }
    }

    @FXML
    private void onDelete() {
        Document selected = documentsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.confirm(texts.format("setup.documents.deleteQuestion", selected.symbol()),
                    texts.get("setup.documents.deleteDetail"), texts.get("setup.delete.yes"), () -> model.delete(selected));
        }
    }

    @FXML
    private void onPaste() {
        dialogs.pastedList(text -> showPreview(model.previewPasted(text), pasteDocuments));
    }

    @FXML
    private void onImport() {
        Path file = files.pick(documentsTable.getScene().getWindow(), texts.get("setup.import.chooseDocuments"),
                texts.get("setup.import.filter"));
        if (file != null) {
            showPreview(model.preview(file), importDocuments);
        }
    }

    private void showPreview(CompletableFuture<DocumentsPreview> reading, Button button) {
        button.setDisable(true);
        reading.whenComplete((preview, failure) -> {
            button.setDisable(false);
            if (failure != null) {
                dialogs.preview(ImportPreview.failed(Problems.sentence(failure, texts.locale())), () -> { });
            } else {
                dialogs.preview(ImportPreview.of(preview, texts), () -> model.apply(preview));
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
