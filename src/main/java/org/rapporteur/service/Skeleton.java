package org.rapporteur.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;

/**
 * The parts a new meeting starts with, as the OAS reports run: opening ceremony, the sessions spread over
 * the days, the rapporteur's preliminary report, closing ceremony, conclusion. Each part gets one untitled
 * item, so the rapporteur can start typing in any of them at once.
 */
final class Skeleton {
    private Skeleton() {
    }

    static List<Part> parts(MeetingFacts facts, int sessions, int days) {
        int dayCount = Math.max(1, days);
        List<Part> parts = new ArrayList<>();
        parts.add(part(PartKind.OPENING_CEREMONY, null, 1, date(facts, 1)));
        for (int n = 1; n <= sessions; n++) {
            // Sessions are spread evenly, the earlier days taking the extra ones.
            int day = Math.min(dayCount, 1 + (n - 1) * dayCount / Math.max(1, sessions));
            parts.add(part(PartKind.SESSION, n, day, date(facts, day)));
        }
        parts.add(part(PartKind.PRELIMINARY_REPORT, null, dayCount, date(facts, dayCount)));
        parts.add(part(PartKind.CLOSING_CEREMONY, null, dayCount, date(facts, dayCount)));
        parts.add(part(PartKind.CONCLUSION, null, null, null));
        return parts;
    }

    private static Part part(PartKind kind, Integer session, Integer day, LocalDate date) {
        return new Part(null, kind, session, day, date, null, null, null,
                List.of(new AgendaItem(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of())));
    }

    private static LocalDate date(MeetingFacts facts, int day) {
        if (facts.startDate() == null) {
            return null;
        }
        LocalDate date = facts.startDate().plusDays(day - 1L);
        return facts.endDate() != null && date.isAfter(facts.endDate()) ? facts.endDate() : date;
    }
}
