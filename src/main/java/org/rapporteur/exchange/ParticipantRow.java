package org.rapporteur.exchange;

import org.rapporteur.model.Delegation;

/**
 * One person read from a participants list, not yet a {@link org.rapporteur.model.Person}: the delegation
 * is still the text of the list, with what it was matched to.
 *
 * @param line           the spreadsheet's row number (the header is 1)
 * @param honorific      "Mr.", "Sra.", "Ambassador"…, from its column or split off the name; null if none
 * @param title          the function ("Vice-Minister of the Interior"); null if none
 * @param delegationName the delegation as the list writes it; null for someone of no delegation
 * @param matched        the meeting's delegation, or the roster's member state, this row belongs to; null when
 *                       the list names no delegation or one found nowhere
 * @param newDelegation  the delegation is not yet the meeting's: a member state from the roster ({@code matched}
 *                       set, without an id) or an unknown one, a new observer, to create by {@code delegationName}
 */
public record ParticipantRow(int line, String name, String honorific, String title, String delegationName,
                             Delegation matched, boolean newDelegation) {
}
