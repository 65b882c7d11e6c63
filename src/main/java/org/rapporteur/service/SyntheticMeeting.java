package org.rapporteur.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.OasRoster;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Venue;

/**
 * A made-up meeting of any size, for measuring the application at scale and trying it on a big record: the
 * OAS's member states present with two persons each, observers and the secretariat; an opening ceremony,
 * sessions of several agenda items over many days, the preliminary report, a closing ceremony and a conclusion;
 * presentations citing documents, statements, questions, replies and points of order; elections, adoptions and
 * proposals. Summaries are made of the sample meeting's own sentences and follow the lengths of its summaries,
 * so their size and vocabulary are a real rapporteur's. The same size and seed always give the same meeting.
 */
public final class SyntheticMeeting {
    /** The seed the benchmarks and {@code generate} use unless told otherwise. */
    public static final long DEFAULT_SEED = 2010;

    private static final int ITEMS_PER_SESSION = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+(?=[A-Z\u201c\"(])");
    private static final String[] FIRST_NAMES = {"Ana", "Carlos", "María", "John", "Patricia", "Luis", "Claudette",
        "Roberto", "Sandra", "Jean", "Beatriz", "Michael", "Gabriela", "Andrés", "Sophia", "Ricardo", "Marcia",
        "Paulo", "Denise", "Fernando", "Karen", "Héctor", "Nadia", "Winston", "Isabel", "Rafael", "Camille", "Diego"};
    private static final String[] SURNAMES = {"González", "Rodríguez", "Silva", "Thompson", "Martínez", "Pereira",
        "Joseph", "Ramírez", "Campbell", "Fernández", "Baptiste", "Torres", "Williams", "Castillo", "Oliveira",
        "Mejía", "Charles", "Vargas", "Henry", "Morales", "Alleyne", "Herrera", "Santos", "Lewis", "Rojas", "Pierre"};
    private static final String[] HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Ambassador", "Mr.", "Ms."};
    private static final String[] ITEM_TITLES = {"Dialogue of heads of delegation",
        "Presentation of national experiences in the prevention of crime and violence",
        "Management of public security", "Police professionalization and training",
        "Citizen and community participation in public security", "International cooperation",
        "Statistics and information systems on crime and violence",
        "Follow-up to the Consensus of Santo Domingo on Public Security", "Prevention of violence against women and girls",
        "Prison systems and social reintegration", "Organized crime and trafficking in firearms",
        "Draft recommendations of the meeting", "Theme and topics for the next ministerial meeting",
        "Report of the technical working group", "Other business"};
    private static final String[] SUBJECTS = {"A national strategy for citizen security", "Community policing in practice",
        "A crime observatory and its first results", "Training police for a democratic society",
        "Cooperation among border forces", "Youth at risk: prevention programmes", "Victims first: a protocol",
        "Measuring violence: surveys and registers", "Regional cooperation on firearms control"};
    private static final Delegation[] OTHERS = {
        new Delegation(null, "Spain", null, DelegationKind.OBSERVER, true, List.of("España")),
        new Delegation(null, "France", null, DelegationKind.OBSERVER, true, List.of()),
        new Delegation(null, "Inter-American Development Bank", "the Inter-American Development Bank",
                DelegationKind.INTERNATIONAL_ORGANIZATION, true, List.of("IDB")),
        new Delegation(null, "United Nations Office on Drugs and Crime", "the United Nations Office on Drugs and Crime",
                DelegationKind.INTERNATIONAL_ORGANIZATION, true, List.of("UNODC")),
        new Delegation(null, "General Secretariat of the OAS", "the General Secretariat of the OAS",
                DelegationKind.SECRETARIAT, true, List.of("OAS General Secretariat", "Secretariat"))};

    private final long seed;
    private final Random random;
    private final List<String> sentences = new ArrayList<>();
    private final List<Integer> summaryLengths = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private long nextEntryId = 1;
    private long nextDocumentId = 1;
    private long nextDecisionId = 1;

    private SyntheticMeeting(long seed, Meeting sample) {
        this.seed = seed;
        this.random = new Random(seed);
        sample.entries().map(Entry::summary).filter(s -> s != null && !s.isBlank()).forEach(summary -> {
            summaryLengths.add(summary.length());
            for (String sentence : SENTENCE_END.split(summary.strip())) {
                if (sentence.length() > 20) {
                    sentences.add(sentence.strip());
                }
            }
        });
    }

    /** A meeting with {@code entries} entries in all (at least one), made from {@code seed}. */
    public static Meeting generate(int entries, long seed) {
        if (entries < 1) {
            throw new IllegalArgumentException("A synthetic meeting needs at least one entry, not " + entries);
        }
        return new SyntheticMeeting(seed, SampleMeeting.load()).meeting(entries);
    }

    private Meeting meeting(int entryCount) {
        roster();
        // Ceremonies only where there are entries to spare for them: a tiny meeting is one session.
        int opening = entryCount >= 40 ? 4 : 0;
        int closing = entryCount >= 40 ? 3 : 0;
        List<Integer> itemSizes = itemSizes(entryCount - opening - closing);
        int sessions = (itemSizes.size() + ITEMS_PER_SESSION - 1) / ITEMS_PER_SESSION;
        int days = (sessions + 1) / 2;
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate last = start.plusDays(days - 1L);
        MeetingFacts facts = new MeetingFacts("Synthetic Meeting of " + entryCount + " Entries (seed " + seed + ")",
                "Organization of American States", "OEA/Ser.K/XLIX.9", "SYN/RE/doc.1/26", null,
                new Venue("Washington, D.C.", "United States"), start, last, Language.EN,
                "The meeting was convened to try the application on a large record. Everything in it is made up.");
        List<Part> parts = new ArrayList<>();
        if (opening > 0) {
            parts.add(new Part(null, PartKind.OPENING_CEREMONY, null, 1, start, null, null, null,
                    List.of(item(null, opening, start.atTime(9, 0), Decision.NONE))));
        }
        int nextItem = 0;
        for (int n = 1; n <= sessions; n++) {
            int day = (n + 1) / 2;
            LocalDate date = start.plusDays(day - 1L);
            LocalDateTime clock = date.atTime(n % 2 == 1 ? LocalTime.of(10, 0) : LocalTime.of(15, 0));
            List<AgendaItem> items = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_SESSION && nextItem < itemSizes.size(); i++, nextItem++) {
                int size = itemSizes.get(nextItem);
                String title = ITEM_TITLES[(nextItem + n) % ITEM_TITLES.length];
                Decision decision = n == 1 && i == 0 ? Decision.ELECTIONS
                        : nextItem % 9 == 5 ? Decision.PROPOSAL : nextItem % 4 == 3 ? Decision.ADOPTION : Decision.NONE;
                items.add(item(title, size, clock, decision));
                clock = clock.plusMinutes(size * 4L);
            }
            Person chair = persons.get(random.nextInt(persons.size()));
            parts.add(new Part(null, PartKind.SESSION, n, day, date, chair.id(), null, null, items));
        }
        parts.add(new Part(null, PartKind.PRELIMINARY_REPORT, null, days, last, null, null,
                "The rapporteur presented the preliminary report of the meeting, which the plenary approved.", List.of()));
        if (closing > 0) {
            parts.add(new Part(null, PartKind.CLOSING_CEREMONY, null, days, last, null, null, null,
                    List.of(item(null, closing, last.atTime(18, 0), Decision.NONE))));
        }
        parts.add(new Part(null, PartKind.CONCLUSION, null, null, null, null, null,
                "The delegations thanked the host country and the General Secretariat for the organization of the meeting.",
                List.of()));
        return new Meeting(null, facts, persons.get(0).id(), null, delegations, persons, documents, parts);
    }

    /** The entries of the sessions, split into agenda items of 10 to 90 entries, as plenaries run. */
    private List<Integer> itemSizes(int entries) {
        List<Integer> sizes = new ArrayList<>();
        int left = entries;
        while (left > 0) {
            int size = Math.min(left, 10 + random.nextInt(81));
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    /** Every member state present with its head of delegation and an alternate; observers; the secretariat. */
    private void roster() {
        List<Delegation> all = new ArrayList<>(OasRoster.memberStates());
        all.addAll(List.of(OTHERS));
        long personId = 1;
        for (int d = 0; d < all.size(); d++) {
            long delegationId = d + 1L;
            Delegation delegation = all.get(d).withId(delegationId).withPresent(true);
            delegations.add(delegation);
            String[] titles = delegation.kind() == DelegationKind.MEMBER_STATE
                    ? new String[] {"Permanent Representative of " + delegation.name() + " to the OAS",
                        "Alternate Representative of " + delegation.name()}
                    : new String[] {"Head of the delegation of " + delegation.inProse(), "Adviser"};
            for (String title : titles) {
                String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
                persons.add(new Person(personId++, name, HONORIFICS[random.nextInt(HONORIFICS.length)], title, delegationId));
            }
        }
    }

    private enum Decision { NONE, ELECTIONS, ADOPTION, PROPOSAL }

    /** One agenda item: its document (a titled item's working document), its entries from {@code clock} on, a decision. */
    private AgendaItem item(String title, int size, LocalDateTime clock, Decision decision) {
        Document working = title == null ? null : document(DocumentKind.WORKING_DOCUMENT, title);
        List<Entry> entries = new ArrayList<>();
        Set<Long> spoke = new HashSet<>();
        LocalDateTime at = clock;
        for (int e = 0; e < size; e++) {
            Person speaker = persons.get(random.nextInt(persons.size()));
            EntryKind kind;
            String subject = null;
            List<Long> cited = List.of();
            int roll = random.nextInt(100);
            if (title == null) {
                kind = EntryKind.SPEECH;
            } else if (e == 0 || roll < 8) {
                kind = EntryKind.PRESENTATION;
                subject = e == 0 ? null : SUBJECTS[random.nextInt(SUBJECTS.length)];
                cited = List.of(e == 0 ? working.id() : document(DocumentKind.INFORMATION_DOCUMENT, subject).id());
            } else if (spoke.contains(speaker.delegationId())) {
                kind = EntryKind.TOOK_FLOOR_AGAIN;
            } else if (roll < 12) {
                kind = EntryKind.QUESTION;
            } else if (roll < 16) {
                kind = EntryKind.REPLY;
            } else if (roll < 17) {
                kind = EntryKind.POINT_OF_ORDER;
            } else {
                kind = EntryKind.STATEMENT;
            }
            spoke.add(speaker.delegationId());
            long minutes = 2 + random.nextInt(6);
            entries.add(new Entry(nextEntryId++, kind, speaker.id(), speaker.delegationId(), null, subject, cited,
                    summary(), at, at.plusMinutes(minutes)));
            at = at.plusMinutes(minutes);
        }
        String introduction = title == null ? null : "The Chair opened the discussion of the item.";
        return new AgendaItem(null, title, working == null ? null : working.id(), introduction, entries, List.of(),
                decision == Decision.ELECTIONS ? elections() : List.of(),
                decision == Decision.ADOPTION ? List.of(adoption(working)) : List.of(),
                decision == Decision.PROPOSAL ? List.of(proposal()) : List.of());
    }

    /** A summary as long as one of the sample's, chosen at random, made of the sample's sentences. */
    private String summary() {
        int wanted = summaryLengths.get(random.nextInt(summaryLengths.size()));
        StringBuilder text = new StringBuilder();
        while (text.length() < wanted) {
            if (!text.isEmpty()) {
                // A new paragraph now and then, as rapporteurs write long interventions.
                text.append(random.nextInt(6) == 0 ? "\n\n" : "  ");
            }
            text.append(sentences.get(random.nextInt(sentences.size())));
        }
        return text.toString();
    }

    private Document document(DocumentKind kind, String title) {
        long id = nextDocumentId++;
        String series = kind == DocumentKind.WORKING_DOCUMENT ? "doc." : "INF.";
        Document document = new Document(id, "SYN/RE/" + series + id + "/26", title, kind);
        documents.add(document);
        return document;
    }

    private List<Election> elections() {
        List<Election> all = new ArrayList<>();
        for (Office office : List.of(Office.CHAIR, Office.VICE_CHAIR, Office.RAPPORTEUR)) {
            Delegation by = delegations.get(random.nextInt(35));
            Delegation second = delegations.get(random.nextInt(35));
            all.add(new Election(nextDecisionId++, office, null, persons.get(random.nextInt(70)).id(), by.id(),
                    List.of(second.id()), ElectionOutcome.ACCLAMATION, null));
        }
        return all;
    }

    private Adoption adoption(Document working) {
        if (random.nextBoolean()) {
            return new Adoption(nextDecisionId++, working.id(), AdoptionOutcome.ADOPTED, List.of());
        }
        Delegation asking = delegations.get(random.nextInt(35));
        return new Adoption(nextDecisionId++, working.id(), AdoptionOutcome.ADOPTED_AS_AMENDED,
                List.of(new AmendmentRequest(asking.id(), "add a reference to the follow-up mechanism in the third paragraph")));
    }

    private Proposal proposal() {
        Delegation proposer = delegations.get(random.nextInt(35));
        List<ProposalPosition> positions = new ArrayList<>();
        Stance[] stances = {Stance.SUPPORTS, Stance.SUPPORTS, Stance.NEEDS_TO_CONSULT, Stance.HAS_CONCERNS, Stance.COMMENTS};
        for (int p = 0; p < 3 + random.nextInt(4); p++) {
            Delegation who = delegations.get(random.nextInt(35));
            positions.add(new ProposalPosition(null, who.id(), stances[random.nextInt(stances.length)], null, List.of()));
        }
        return new Proposal(nextDecisionId++, proposer.id(), null, "A regional network of crime observatories",
                "To share methods and data among the national crime observatories of the member states.", positions,
                ProposalOutcome.FORWARDED, "to the Committee on Hemispheric Security for its consideration");
    }
}
