package org.rapporteur.store;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordContext;
import org.jooq.RecordListener;

/**
 * Text as PostgreSQL can hold it. Its text type cannot contain the character NUL (U+0000), nor half of a surrogate
 * pair (which is not a character at all and has no UTF-8 form). A paste from a broken file can bring either; on a
 * shared meeting each becomes the replacement character U+FFFD (shown as a question mark in a diamond), so the rest
 * of the text is kept, exactly, and the place of the broken character stays visible. The local H2 store keeps them
 * as they came (docs/reliability.md).
 */
final class ServerText implements RecordListener {
    static final char REPLACEMENT = '\uFFFD';

    /** {@code text} with what PostgreSQL cannot hold replaced; the same string when there was nothing to replace. */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = c == '\u0000' || (Character.isSurrogate(c) && !pair);
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
                if (pair) {
                    out.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The entry's texts as a server keeps them (what the record listener below does to its row). */
    static org.rapporteur.model.Entry entry(org.rapporteur.model.Entry e) {
        return new org.rapporteur.model.Entry(e.id(), e.kind(), e.personId(), e.delegationId(), storable(e.speakerTitle()),
                storable(e.subject()), e.documentIds(), storable(e.summary()), e.startedAt(), e.endedAt(), e.version());
    }

    /** {@code text} as {@code tx}'s database can hold it: for a value written without a record. */
    static String forDatabase(org.jooq.DSLContext tx, String text) {
        return tx.dialect().family() == org.jooq.SQLDialect.POSTGRES ? storable(text) : text;
    }

    @Override
    public void insertStart(RecordContext ctx) {
        clean(ctx.record());
    }

    @Override
    public void updateStart(RecordContext ctx) {
        clean(ctx.record());
    }

    @Override
    public void storeStart(RecordContext ctx) {
        clean(ctx.record());
    }

    private static void clean(Record record) {
        for (Field<?> field : record.fields()) {
            if (field.getType() == String.class && record.changed(field)) {
                @SuppressWarnings("unchecked")
                Field<String> text = (Field<String>) field;
                String value = record.get(text);
                String clean = storable(value);
                if (clean != value) {
                    record.set(text, clean);
                }
            }
        }
    }
}
