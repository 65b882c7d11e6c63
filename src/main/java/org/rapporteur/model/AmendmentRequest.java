package org.rapporteur.model;

import java.util.Objects;

/** A delegation's request to change a document before it is adopted ("move … from session six to session four"). */
public record AmendmentRequest(Long delegationId, String request) {

    public AmendmentRequest {
        Objects.requireNonNull(request, "request");
    }
}
