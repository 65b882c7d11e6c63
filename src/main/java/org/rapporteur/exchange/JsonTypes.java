package org.rapporteur.exchange;

import java.util.Collection;

/** Names the kind of JSON value a property wants, for a sentence about a value of the wrong kind. */
final class JsonTypes {
    private JsonTypes() {
    }

    /** "number", "text", "boolean", "list" or "object": the suffix of a {@code file.type.*} sentence. */
    static String nameOf(Class<?> target) {
        if (target == null) {
            return "object";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            return "number";
        }
        if (target == String.class) {
            return "text";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "list";
        }
        return "object";
    }
}
