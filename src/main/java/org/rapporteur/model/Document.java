package org.rapporteur.model;

import java.util.Objects;

/** A document of the meeting, known by its symbol ("MISPA-III/RE/INF.12/10", "MISPA-III/RE/doc.2/10 Rev.1"). */
public record Document(Long id, String symbol, String title, DocumentKind kind) {

    public Document {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
    }

    public Document withId(Long newId) {
        return new Document(newId, symbol, title, kind);
    }
}
