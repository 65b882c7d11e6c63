package org.rapporteur.ui.setup;

import java.time.LocalDate;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** How the setup screen's fields behave, the same in every tab. */
final class Fields {
    /** How long after the last keystroke a change is written. */
    static final Duration SAVE_AFTER = Duration.millis(400);

    private Fields() {
    }

    /** A pause that runs {@code save} once the changes stop coming for a moment. */
    static PauseTransition debounce(Runnable save) {
        PauseTransition pause = new PauseTransition(SAVE_AFTER);
        pause.setOnFinished(e -> save.run());
        return pause;
    }

    /** Runs a pending save now (before leaving, or before showing something else). */
    static void flush(PauseTransition pause) {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            pause.getOnFinished().handle(null);
        }
    }

    /**
     * Tab leaves a text area for the next field, as it does everywhere else (Ctrl+Tab still does too); texts
     * of a report never need a tab character.
     */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown() && !key.isAltDown() && !key.isMetaDown()) {
                key.consume();
                area.fireEvent(new KeyEvent(key.getSource(), key.getTarget(), key.getEventType(), key.getCharacter(),
                        key.getText(), key.getCode(), key.isShiftDown(), true, false, false));
            }
        });
    }

    /**
     * A date field that reads dates typed in the reader's forms and says, through {@code readable}, when its
     * text is no date (checked when the person leaves it).
     */
    static void date(DatePicker picker, ObjectProperty<LocalDate> value, BooleanProperty readable, Locale locale) {
        DateText dates = new DateText(locale);
        picker.setConverter(dates);
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                readable.set(dates.readable(picker.getEditor().getText()));
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                readable.set(true);
            }
        });
    }

    /** A whole-number spinner that ignores text that is no number instead of failing. */
    static SpinnerValueFactory.IntegerSpinnerValueFactory numbers(Spinner<Integer> spinner, int min, int max, int initial) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int n = Integer.parseInt(text.strip());
                    return Math.max(min, Math.min(max, n));
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        // A typed number counts when the person leaves the field, not only on Enter.
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        return factory;
    }
}
