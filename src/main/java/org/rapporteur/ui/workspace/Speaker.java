package org.rapporteur.ui.workspace;

/** Who an entry's speaker field names: a person (with their delegation), or a delegation alone. */
record Speaker(Long personId, Long delegationId, String label) {
}
