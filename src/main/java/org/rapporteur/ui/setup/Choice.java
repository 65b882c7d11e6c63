package org.rapporteur.ui.setup;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One line of a drop-down list that may also say "none": a person, a document, a delegation, or nothing.
 * JavaFX's combo boxes cannot offer null as an item, so "none" is a choice of its own.
 */
public record Choice<T>(T value, String label) {

    public Choice {
        Objects.requireNonNull(label, "label");
    }

    static <T> Choice<T> none(String label) {
        return new Choice<>(null, label);
    }

    public boolean isNone() {
        return value == null;
    }

    /** "None" first, then one choice for each value, labelled by {@code label}. */
    static <T> List<Choice<T>> withNone(String noneLabel, List<T> values, Function<T, String> label) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Choice.<T>none(noneLabel)),
                values.stream().map(v -> new Choice<>(v, label.apply(v)))).toList();
    }

    /** The choice in {@code choices} whose value has the id wanted, or the first ("none") when there is none. */
    static <T> Choice<T> byId(List<Choice<T>> choices, Long id, Function<T, Long> idOf) {
        if (id != null) {
            for (Choice<T> c : choices) {
                if (c.value() != null && id.equals(idOf.apply(c.value()))) {
                    return c;
                }
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    @Override
    public String toString() {
        return label;
    }
}
