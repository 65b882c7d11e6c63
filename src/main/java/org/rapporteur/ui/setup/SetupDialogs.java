package org.rapporteur.ui.setup;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.OasRoster;
import org.rapporteur.model.Person;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;

/**
 * The setup screen's small dialogs (a person, a document, another delegation, a pasted list, a question) and
 * the preview of an import. Each is shown without blocking; what it produced is handed to a callback only
 * when the person confirms. Every field has an id, so tests find it.
 */
final class SetupDialogs {
    /** The dialogs are scenes of their own: they get the screen's styles (problems, hints) from here. */
    private static final String STYLES = SetupDialogs.class.getResource("/org/rapporteur/ui/setup/setup.css").toExternalForm();

    private final UiText texts;
    private final Shell shell;
    private final Supplier<Window> owner;

    SetupDialogs(UiText texts, Shell shell, Supplier<Window> owner) {
        this.texts = texts;
        this.shell = shell;
        this.owner = owner;
    }

    /** What the "another delegation" dialog asks for. */
    record OtherDelegation(String name, String proseName, DelegationKind kind, String aliases) {
    }

    void otherDelegation(Consumer<OtherDelegation> then) {
        ComboBox<String> name = new ComboBox<>(FXCollections.observableArrayList(
                List.of(texts.get("setup.suggest.idb"), texts.get("setup.suggest.interpol"), texts.get("setup.suggest.ameripol"),
                        texts.get("setup.suggest.secretariat"))));
        name.setEditable(true);
        name.setId("otherName");
        name.setMaxWidth(Double.MAX_VALUE);
        TextField prose = field("otherProse", "");
        TextField aliases = field("otherAliases", "");
        ComboBox<DelegationKind> kind = new ComboBox<>(FXCollections.observableArrayList(DelegationKind.OBSERVER,
                DelegationKind.INTERNATIONAL_ORGANIZATION, DelegationKind.SECRETARIAT));
        kind.setId("otherKind");
        kind.setConverter(named(k -> texts.get("setup.delegationKind." + k.name())));
        kind.setValue(DelegationKind.INTERNATIONAL_ORGANIZATION);
        // Picking a suggestion picks its kind too.
        name.valueProperty().addListener((obs, old, now) -> {
            if (texts.get("setup.suggest.secretariat").equals(now)) {
                kind.setValue(DelegationKind.SECRETARIAT);
            } else if (now != null && name.getItems().contains(now)) {
                kind.setValue(DelegationKind.INTERNATIONAL_ORGANIZATION);
            }
        });
        GridPane form = form();
        row(form, 0, "setup.other.name", name);
        row(form, 1, "setup.other.kind", kind);
        row(form, 2, "setup.other.prose", prose);
        row(form, 3, "setup.other.aliases", aliases);
        ButtonType add = new ButtonType(texts.get("setup.other.add"), ButtonBar.ButtonData.OK_DONE);
        Dialog<OtherDelegation> dialog = dialog("setup.other.title", form, add, "otherOk");
        Button ok = (Button) dialog.getDialogPane().lookupButton(add);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> text(name).isBlank(), name.getEditor().textProperty(),
                name.valueProperty()));
        dialog.setResultConverter(b -> b == add ? new OtherDelegation(text(name), prose.getText(), kind.getValue(),
                aliases.getText()) : null);
        show(dialog, name.getEditor(), then);
    }

    /** A person to add ({@code initial} with a null id) or to change. */
    void person(Person initial, ObservableList<Choice<Delegation>> delegations, Consumer<Person> then) {
        TextField honorific = field("personHonorific", initial.honorific());
        TextField name = field("personName", initial.name());
        TextField title = field("personTitle", initial.title());
        ComboBox<Choice<Delegation>> delegation = new ComboBox<>(delegations);
        delegation.setId("personDelegation");
        delegation.setMaxWidth(Double.MAX_VALUE);
        delegation.setValue(Choice.byId(delegations, initial.delegationId(), Delegation::id));
        ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(Gender.values()));
        gender.setId("personGender");
        gender.setConverter(named(g -> texts.get("setup.gender." + g.name())));
        gender.setValue(initial.gender());
        Label genderHint = new Label(texts.get("setup.person.genderHint"));
        genderHint.getStyleClass().add("field-hint");
        genderHint.setWrapText(true);
        genderHint.setPrefWidth(320);
        GridPane form = form();
        row(form, 0, "setup.person.honorific", honorific);
        row(form, 1, "setup.person.name", name);
        row(form, 2, "setup.person.title", title);
        row(form, 3, "setup.person.delegation", delegation);
        row(form, 4, "setup.person.gender", gender);
        form.add(genderHint, 1, 5);
        ButtonType save = new ButtonType(texts.get(initial.id() == null ? "setup.person.add" : "setup.save"),
                ButtonBar.ButtonData.OK_DONE);
        Dialog<Person> dialog = dialog(initial.id() == null ? "setup.person.addTitle" : "setup.person.editTitle", form, save,
                "personOk");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Choice<Delegation> d = delegation.getValue();
            return new Person(initial.id(), name.getText(), honorific.getText(), title.getText(),
                    d == null || d.isNone() ? null : d.value().id(), gender.getValue());
        });
        show(dialog, initial.id() == null ? honorific : name, then);
    }

    /**
     * A delegation's own names in the four report languages: a name as a list gives it and the form inside a
     * sentence, with its article. An empty line keeps what the report writes without one (shown in grey).
     */
    void namesByLanguage(Delegation d, Consumer<Map<Language, LocalName>> then) {
        GridPane form = form();
        ColumnConstraints sentences = new ColumnConstraints();
        sentences.setHgrow(Priority.ALWAYS);
        sentences.setMinWidth(260);
        form.getColumnConstraints().get(1).setMinWidth(260);
        form.getColumnConstraints().add(sentences);
        Label header = new Label(texts.format("setup.names.header", d.name()));
        header.setWrapText(true);
        header.setPrefWidth(600);
        form.add(header, 0, 0, 3, 1);
        form.add(new Label(texts.get("setup.names.name")), 1, 1);
        form.add(new Label(texts.get("setup.names.prose")), 2, 1);
        Optional<OasRoster.Entry> known = OasRoster.find(d);
        Map<Language, TextField[]> fields = new EnumMap<>(Language.class);
        int row = 2;
        for (Language language : Language.values()) {
            LocalName own = d.names().get(language);
            LocalName shown = known.map(e -> e.name(language)).orElse(new LocalName(d.name(), d.proseName()));
            TextField name = field("namesName_" + language.code(), own == null ? null : own.name());
            TextField prose = field("namesProse_" + language.code(), own == null ? null : own.proseName());
            name.setPromptText(shown.name());
            prose.setPromptText(shown.inProse());
            name.setPrefColumnCount(22);
            prose.setPrefColumnCount(22);
            Label label = new Label(texts.get("setup.language." + language.code()));
            label.setLabelFor(name);
            form.add(label, 0, row);
            form.add(name, 1, row);
            form.add(prose, 2, row++);
            fields.put(language, new TextField[] {name, prose});
        }
        ButtonType save = new ButtonType(texts.get("setup.save"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Map<Language, LocalName>> dialog = dialog("setup.names.title", form, save, "namesOk");
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Map<Language, LocalName> names = new EnumMap<>(Language.class);
            fields.forEach((language, pair) -> {
                String name = pair[0].getText() == null ? "" : pair[0].getText().strip();
                String prose = pair[1].getText() == null ? "" : pair[1].getText().strip();
                if (!name.isEmpty()) {
                    names.put(language, new LocalName(name, prose));
                } else if (!prose.isEmpty()) {
                    // Only the sentence form typed: the list form stays what it was.
                    LocalName shown = known.map(e -> e.name(language)).orElse(new LocalName(d.name(), null));
                    names.put(language, new LocalName(shown.name(), prose));
                }
            });
            return names;
        });
        show(dialog, fields.get(Language.ES)[0], then);
    }

    /** A document to add ({@code initial} with a null id) or to change. */
    void document(Document initial, Consumer<Document> then) {
        TextField symbol = field("documentSymbol", initial.symbol());
        TextField title = field("documentTitle", initial.title());
        ComboBox<DocumentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
        kind.setId("documentKind");
        kind.setConverter(named(k -> texts.get("setup.docKind." + k.name())));
        kind.setValue(initial.kind());
        GridPane form = form();
        row(form, 0, "setup.document.symbol", symbol);
        row(form, 1, "setup.document.title", title);
        row(form, 2, "setup.document.kind", kind);
        ButtonType save = new ButtonType(texts.get(initial.id() == null ? "setup.document.add" : "setup.save"),
                ButtonBar.ButtonData.OK_DONE);
        Dialog<Document> dialog = dialog(initial.id() == null ? "setup.document.addTitle" : "setup.document.editTitle", form,
                save, "documentOk");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(symbol.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == save
                ? new Document(initial.id(), symbol.getText(), title.getText(), kind.getValue()) : null);
        show(dialog, symbol, then);
    }

    /** A list of documents pasted from an e-mail or a Word document. */
    void pastedList(Consumer<String> then) {
        TextArea list = new TextArea();
        list.setId("pasteArea");
        list.setPrefColumnCount(60);
        list.setPrefRowCount(14);
        list.setPromptText(texts.get("setup.paste.prompt"));
        Label hint = new Label(texts.get("setup.paste.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("field-hint");
        GridPane form = form();
        form.add(hint, 0, 0);
        form.add(list, 0, 1);
        GridPane.setHgrow(list, Priority.ALWAYS);
        GridPane.setVgrow(list, Priority.ALWAYS);
        form.getColumnConstraints().clear();
        ButtonType read = new ButtonType(texts.get("setup.paste.read"), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = dialog("setup.paste.title", form, read, "pasteOk");
        dialog.getDialogPane().lookupButton(read).disableProperty().bind(list.textProperty().isEmpty());
        dialog.setResizable(true);
        dialog.setResultConverter(b -> b == read ? list.getText() : null);
        show(dialog, list, then);
    }

    /** The title of a new agenda item. */
    void itemTitle(String partLabel, Consumer<String> then) {
        TextField title = field("newItemTitle", "");
        title.setPrefColumnCount(40);
        GridPane form = form();
        Label part = new Label(texts.format("setup.item.inPart", partLabel));
        form.add(part, 0, 0, 2, 1);
        row(form, 1, "setup.item.titleLabel", title);
        ButtonType add = new ButtonType(texts.get("setup.item.add"), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = dialog("setup.item.title", form, add, "newItemOk");
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(Bindings.createBooleanBinding(
                () -> title.getText().isBlank(), title.textProperty()));
        dialog.setResultConverter(b -> b == add ? title.getText() : null);
        show(dialog, title, then);
    }

    /** Asks before something is deleted; {@code then} runs only on yes. */
    void confirm(String question, String detail, String yesLabel, Runnable then) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle(texts.get("setup.confirm.title"));
        alert.setHeaderText(question);
        alert.setContentText(detail);
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(texts.get("setup.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        alert.getDialogPane().lookupButton(yes).setId("confirmYes");
        alert.getDialogPane().lookupButton(no).setId("confirmNo");
        // Deleting is never the default: Enter keeps everything.
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                then.run();
            }
        });
        alert.show();
    }

    /**
     * Shows what an import would add and what it could not read; {@code apply} runs when the person confirms.
     * A list refused whole shows its sentence and only a button to close.
     */
    void preview(ImportPreview preview, Runnable apply) {
        ImportPreviewController controller = new ImportPreviewController(preview, texts);
        Node content = shell.load("/fxml/import-preview.fxml", controller);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get(preview.failure() == null ? "setup.import.title" : "setup.import.failedTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("importPreview");
        dialog.getDialogPane().getStylesheets().add(STYLES);
        ButtonType cancel = new ButtonType(texts.get(preview.applyLabel() == null ? "setup.close" : "setup.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        if (preview.applyLabel() != null) {
            ButtonType add = new ButtonType(preview.applyLabel(), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
            dialog.getDialogPane().lookupButton(add).setId("applyImport");
            dialog.setOnHidden(e -> {
                if (dialog.getResult() == add) {
                    apply.run();
                }
            });
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(cancel);
        }
        dialog.getDialogPane().lookupButton(cancel).setId("cancelImport");
        dialog.show();
    }

    // --- the mechanics ---------------------------------------------------------------------------------------

    private <R> Dialog<R> dialog(String titleKey, Node content, ButtonType ok, String okId) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(STYLES);
        ButtonType cancel = new ButtonType(texts.get("setup.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(okId);
        dialog.getDialogPane().lookupButton(cancel).setId(okId.replace("Ok", "Cancel"));
        return dialog;
    }

    private static <R> void show(Dialog<R> dialog, Node first, Consumer<R> then) {
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        dialog.setOnHidden(e -> {
            R result = dialog.getResult();
            if (result != null) {
                then.accept(result);
            }
        });
        dialog.show();
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        // A label is never cut short to make room for its field.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        form.getColumnConstraints().setAll(labels, fields);
        return form;
    }

    private void row(GridPane form, int row, String labelKey, Control field) {
        Label label = new Label(texts.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        field.setPrefColumnCount(30);
        return field;
    }

    private static String text(ComboBox<String> editable) {
        String typed = editable.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }

    static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // chosen from the list, never typed
            }
        };
    }
}
