package org.rapporteur.ui.workspace;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rapporteur.ui.UiText;

/** The pieces the decision forms are made of: fields that complete on Tab, choices, the dialog around them. */
final class FormFields {
    private FormFields() {
    }

    /**
     * Suggestions while typing, and Tab to take the first one and go on to {@code next}: "Uru" Tab is Uruguay.
     * Tab is also caught on the suggestions popup, which may hold the keys while it shows.
     */
    static void completing(TextField field, Function<String, List<String>> suggestions, Node next) {
        completing(field, suggestions, next, null);
    }

    /**
     * The same; and when {@code onEnter} is given, Enter too takes the first suggestion and then runs it, even
     * while the popup shows (which would otherwise keep Enter for itself).
     */
    static void completing(TextField field, Function<String, List<String>> suggestions, Node next, Runnable onEnter) {
        var binding = TextFields.bindAutoCompletion(field, r -> field.isFocused() ? suggestions.apply(r.getUserText()) : List.of());
        EventHandler<KeyEvent> keys = key -> {
            boolean tab = key.getCode() == KeyCode.TAB && !key.isShiftDown();
            boolean enter = key.getCode() == KeyCode.ENTER && onEnter != null;
            if (tab || enter) {
                binding.getAutoCompletionPopup().hide();
                List<String> best = suggestions.apply(field.getText());
                if (!field.getText().isBlank() && !best.isEmpty()) {
                    field.setText(best.get(0));
                }
                key.consume();
                Platform.runLater(tab ? next::requestFocus : onEnter);
            }
        };
        field.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    /** Names that start with what was typed, but not the one typed in full (its popup would hold Tab and Enter). */
    static List<String> startingWith(List<String> names, String typed) {
        return names.stream().filter(o -> o.toLowerCase().startsWith(typed.toLowerCase()) && !o.equalsIgnoreCase(typed))
                .toList();
    }

    static TextField field(String id, String text) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> text, T chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setValue(chosen);
        return box;
    }

    /** A form's dialog: OK records (Enter), Cancel forgets (Escape). */
    static <R> Dialog<R> dialog(UiText texts, Window owner, String titleKey, Node content) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(titleKey));
        dialog.setHeaderText(texts.get(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(texts.ok(), texts.cancel());
        dialog.getDialogPane().setId("decisionDialog");
        return dialog;
    }
}
