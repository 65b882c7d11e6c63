package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import org.rapporteur.model.Gender;
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
import org.rapporteur.model.VoteCount;
import org.rapporteur.service.SampleMeeting;

/**
 * The report written in Spanish, French and Portuguese, sentence by sentence: a meeting drafted in each language
 * (its names, titles and requests typed in it), exported in its own language, and the shipped sample (drafted in
 * English) exported in each.
 */
class ReportLanguagesTest {
    static final long URUGUAY = 1;
    static final long MEXICO = 2;
    static final long UNITED_STATES = 3;
    static final long DOMINICAN_REPUBLIC = 4;
    static final long BRAZIL = 5;
    static final long HAITI = 6;
    static final long EL_SALVADOR = 7;
    static final long TRINIDAD = 8;
    static final long CANADA = 9;
    static final long SPAIN = 10;
    static final long ISRAEL = 11;
    static final long IDB = 12;
    static final long INTERPOL = 13;
    static final long ROMANI = 21;
    static final long PEREZ = 22;
    static final long SMITH = 23;
    static final long LOPEZ = 24;
    static final long AGENDA = 31;
    static final long LIST = 32;

    /** What the rapporteur typed, in the meeting's language. */
    record Typed(Language language, String title, String city, String country, String rank, String romaniTitle,
                 String courtesy, String perezTitle, String agenda, String request, String note) {
    }

    static final Typed SPANISH = new Typed(Language.ES, "Tercera Reunión de Ministros en Materia de Seguridad Pública de las Américas",
            "Puerto España", "Trinidad y Tobago", "Embajador", "Representante Permanente del Uruguay ante la OEA", "Sra.",
            "Ministra de Relaciones Exteriores de México", "Proyecto de temario", "añadir un tema sobre la gestión policial",
            "Conectividad policial");
    static final Typed FRENCH = new Typed(Language.FR,
            "Troisième Réunion des ministres responsables de la sécurité publique des Amériques", "Port-d'Espagne",
            "Trinité-et-Tobago", "Ambassadeur", "Représentant permanent de l'Uruguay auprès de l'OEA", "Mme",
            "Ministre des affaires étrangères du Mexique", "Projet d'ordre du jour",
            "ajouter une question sur la gestion de la police", "Connectivité policière");
    static final Typed PORTUGUESE = new Typed(Language.PT,
            "Terceira Reunião de Ministros em Matéria de Segurança Pública das Américas", "Porto de Espanha", "Trinidad e Tobago",
            "Embaixador", "Representante Permanente do Uruguai junto à OEA", "Sra.", "Ministra das Relações Exteriores do México",
            "Projeto de temário", "acrescentar um tema sobre a gestão policial", "Conectividade policial");

    private static Delegation roster(long id, String englishName, boolean present) {
        Optional<OasRoster.Entry> entry = OasRoster.find(englishName);
        DelegationKind kind = entry.map(OasRoster.Entry::kind).orElse(DelegationKind.INTERNATIONAL_ORGANIZATION);
        return new Delegation(id, englishName, entry.map(e -> e.name(Language.EN).proseName()).orElse(null), kind, present, List.of());
    }

    /** A meeting drafted in the typed words' language, over three days, with a female chair and rapporteur. */
    static Meeting drafted(Typed t, LocalDate start, LocalDate end, String title, boolean onlyMexico) {
        List<Delegation> delegations = List.of(roster(URUGUAY, "Uruguay", !onlyMexico), roster(MEXICO, "Mexico", true),
                roster(UNITED_STATES, "United States", !onlyMexico), roster(DOMINICAN_REPUBLIC, "Dominican Republic", !onlyMexico),
                roster(BRAZIL, "Brazil", false), roster(HAITI, "Haiti", false), roster(EL_SALVADOR, "El Salvador", false),
                roster(TRINIDAD, "Trinidad and Tobago", !onlyMexico), roster(CANADA, "Canada", !onlyMexico),
                roster(SPAIN, "Spain", !onlyMexico), roster(ISRAEL, "Israel", !onlyMexico),
                roster(IDB, "Inter-American Development Bank", !onlyMexico), roster(INTERPOL, "INTERPOL", !onlyMexico));
        List<Person> persons = List.of(
                new Person(ROMANI, "Milton Romani", t.rank(), t.romaniTitle(), URUGUAY, Gender.MASCULINE),
                new Person(PEREZ, "Ana Pérez", t.courtesy(), t.perezTitle(), MEXICO, Gender.FEMININE),
                new Person(SMITH, "John Smith", null, null, CANADA),
                new Person(LOPEZ, "Laura López", null, null, EL_SALVADOR, Gender.FEMININE));
        List<Document> documents = List.of(new Document(AGENDA, "MISPA-III/doc.2/11", t.agenda(), DocumentKind.WORKING_DOCUMENT),
                new Document(LIST, "MISPA-III/doc.6/11", null, DocumentKind.WORKING_DOCUMENT));
        List<Election> elections = List.of(
                new Election(41L, Office.CHAIR, null, PEREZ, URUGUAY, List.of(UNITED_STATES, DOMINICAN_REPUBLIC),
                        ElectionOutcome.ELECTED_BY_VOTE, new VoteCount(20, 1, 3)),
                new Election(42L, Office.RAPPORTEUR, null, LOPEZ, HAITI, List.of(BRAZIL), ElectionOutcome.ACCLAMATION, null));
        List<Adoption> adoptions = List.of(new Adoption(43L, AGENDA, AdoptionOutcome.ADOPTED_AS_AMENDED,
                List.of(new AmendmentRequest(BRAZIL, t.request()))));
        List<Entry> speeches = List.of(new Entry(44L, EntryKind.SPEECH, ROMANI, URUGUAY, null, null, List.of(), "…", null, null));
        AgendaItem first = new AgendaItem(51L, null, null, null, speeches, List.of(), elections, adoptions, List.of());
        Proposal proposal = new Proposal(45L, MEXICO, null, null, null, List.of(
                new ProposalPosition(46L, EL_SALVADOR, Stance.SUPPORTS, null, List.of()),
                new ProposalPosition(47L, UNITED_STATES, Stance.NEEDS_TO_CONSULT, null, List.of()),
                new ProposalPosition(48L, HAITI, Stance.OPPOSES, null, List.of()),
                new ProposalPosition(49L, BRAZIL, Stance.ASKS_TO_ADD_ITEM, t.note(), List.of(TRINIDAD, URUGUAY))),
                ProposalOutcome.FORWARDED, null);
        AgendaItem second = new AgendaItem(52L, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(proposal));
        List<Part> parts = List.of(new Part(61L, PartKind.SESSION, 1, 1, start, ROMANI, null, null, List.of(first)),
                new Part(62L, PartKind.SESSION, 2, 2, end, SMITH, null, null, List.of(second)),
                new Part(63L, PartKind.PRELIMINARY_REPORT, null, 2, end, null, null, null, List.of()));
        MeetingFacts facts = new MeetingFacts(title, "OEA", null, null, null, new Venue(t.city(), t.country()), start, end,
                t.language(), null);
        return new Meeting(70L, facts, LOPEZ, LIST, delegations, persons, documents, parts);
    }

    static Meeting drafted(Typed t) {
        return drafted(t, LocalDate.of(2011, 11, 16), LocalDate.of(2011, 11, 18), t.title(), false);
    }

    static Report compose(Meeting meeting, Language language) {
        return new ReportComposer(meeting, language.locale(), new ReportOptions(EnumSet.allOf(Annex.class), null)).compose();
    }

    static List<String> texts(Report report, BlockStyle style) {
        return report.blocks().stream().filter(b -> b.style() == style).map(Block::text).toList();
    }

    /** The body paragraphs, the list items and the table rows, in order. */
    static List<String> body(Report report) {
        List<String> all = new ArrayList<>();
        for (Block b : report.blocks()) {
            all.add(b.style().isTableRow() ? String.join(" | ", b.cells()) : b.text());
        }
        return all;
    }

    private static void assertHas(Report report, String... sentences) {
        List<String> all = body(report);
        assertAll(java.util.Arrays.stream(sentences).map(s -> () -> assertTrue(all.contains(s), s + "\n  not in:\n" + all)));
    }

    @Nested
    class Spanish {
        private final Report report = compose(drafted(SPANISH), Language.ES);

        @Test
        void theFirstPage() {
            assertAll(() -> assertEquals("INFORME DE LA RELATORA", report.blocks().get(0).text()),
                    () -> assertEquals(List.of(SPANISH.title(), "del 16 al 18 de noviembre de 2011", "Puerto España, Trinidad y Tobago"),
                            report.masthead().meeting()),
                    () -> assertEquals(List.of("Original: español"), report.masthead().classification()),
                    () -> assertEquals("La Tercera Reunión de Ministros en Materia de Seguridad Pública de las Américas se celebró"
                            + " del 16 al 18 de noviembre de 2011 en Puerto España, Trinidad y Tobago.", report.blocks().get(1).text()),
                    () -> assertEquals("Participaron en la reunión las delegaciones de los siguientes Estados Miembros: Canadá, Estados"
                            + " Unidos, México, República Dominicana, Trinidad y Tobago y Uruguay. La lista de participantes se publicó"
                            + " como documento MISPA-III/doc.6/11.", report.blocks().get(2).text()),
                    () -> assertEquals("Asistieron también en calidad de observadores: España e Israel. Estuvieron representados"
                            + " también los siguientes organismos: Banco Interamericano de Desarrollo e INTERPOL.",
                            report.blocks().get(3).text()));
        }

        @Test
        void theHeadingsTheChairsAndTheSpeakersLine() {
            assertAll(() -> assertEquals(List.of("I. PRIMERA SESIÓN", "II. SEGUNDA SESIÓN", "Informe preliminar de la Relatora"),
                            texts(report, BlockStyle.HEADING_1)),
                    () -> assertEquals(List.of("SEGUNDO DÍA:"), texts(report, BlockStyle.DAY)),
                    () -> assertEquals(List.of("El Embajador Milton Romani, Representante Permanente del Uruguay ante la OEA, presidió"
                            + " la primera sesión plenaria.", "John Smith, del Canadá, presidió la segunda sesión plenaria."),
                            texts(report, BlockStyle.CHAIR_LINE)),
                    () -> assertEquals(List.of("Discurso del Embajador Milton Romani, Representante Permanente del Uruguay ante la OEA"),
                            texts(report, BlockStyle.SPEAKER)));
        }

        @Test
        void theElectionsAgreeWithTheNominee() {
            assertHas(report, "La delegación del Uruguay propuso a la Sra. Ana Pérez, Ministra de Relaciones Exteriores de México,"
                            + " como Presidenta de esta reunión. La candidatura fue secundada por las delegaciones de los Estados"
                            + " Unidos y la República Dominicana y sometida a votación; la candidata resultó elegida por 20 votos a"
                            + " favor, 1 en contra y 3 abstenciones.",
                    "La delegación de Haití propuso a Laura López como Relatora de esta reunión. La candidatura fue secundada por la"
                            + " delegación del Brasil y aprobada por aclamación.");
        }

        @Test
        void theAdoptionAndThePositionsOnTheProposal() {
            assertHas(report, "Durante la primera sesión, la plenaria aprobó además el siguiente documento:",
                    "Proyecto de temario (MISPA-III/doc.2/11)",
                    "El documento “Proyecto de temario” fue aprobado teniendo en cuenta una solicitud de la delegación del Brasil en"
                            + " el sentido de añadir un tema sobre la gestión policial.",
                    "La delegación de El Salvador expresó su apoyo a la propuesta de México.",
                    "La delegación de los Estados Unidos indicó que necesitaba tiempo para realizar consultas con su Gobierno.",
                    "La delegación de Haití se opuso a la propuesta.",
                    "La delegación del Brasil solicitó que se incluyera también el tema “Conectividad policial” en el temario. Las"
                            + " delegaciones de Trinidad y Tobago y el Uruguay secundaron esta solicitud.",
                    "La propuesta de México fue remitida.");
        }

        @Test
        void theAnnexes() {
            assertAll(() -> assertEquals(List.of("ANEXO I: LISTA DE DOCUMENTOS", "ANEXO II: LISTA DE PARTICIPANTES",
                            "ANEXO III: DECISIONES", "ANEXO IV: ESTADÍSTICAS DE LAS INTERVENCIONES"),
                            texts(report, BlockStyle.ANNEX_TITLE)),
                    () -> assertHas(report, "Documentos de trabajo", "Clasificación | Título", "Elecciones", "Aprobación de documentos",
                            "Propuestas", "Propuesta de México", "Delegación | Intervenciones", "Uruguay | 1", "Total | 1",
                            "Cada entrada del registro cuenta como una intervención."));
        }

        @Test
        void oneDayAOneStateMeetingAndTheOriginalLanguageNamedInEnglish() {
            Meeting oneDay = drafted(SPANISH, LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 1), SPANISH.title(), true);
            Report english = compose(oneDay, Language.EN);
            assertAll(() -> assertEquals("La Tercera Reunión de Ministros en Materia de Seguridad Pública de las Américas se celebró"
                            + " el 1 de diciembre de 2011 en Puerto España, Trinidad y Tobago.",
                            compose(oneDay, Language.ES).blocks().get(1).text()),
                    () -> assertEquals("Participó en la reunión la delegación de México. La lista de participantes se publicó como"
                            + " documento MISPA-III/doc.6/11.", compose(oneDay, Language.ES).blocks().get(2).text()),
                    () -> assertEquals(List.of("Original: Spanish"), english.masthead().classification()),
                    () -> assertEquals("Puerto España, Trinidad and Tobago", english.masthead().meeting().get(2)),
                    () -> assertEquals("The Conference was attended by the delegation of Mexico. The list of participants was"
                            + " published as document MISPA-III/doc.6/11.", english.blocks().get(2).text()));
        }

        @Test
        void theSampleDraftedInEnglish() {
            Report sample = new ReportComposer(SampleMeeting.load(), Language.ES.locale(),
                    new ReportOptions(EnumSet.noneOf(Annex.class), LocalDate.of(2010, 12, 1))).compose();
            assertAll(() -> assertEquals(List.of("1 de diciembre de 2010", "Original: inglés"), sample.masthead().classification()),
                    () -> assertEquals("La reunión “Meeting of Government Experts in Preparation for MISPA III” se celebró los días 18"
                            + " y 19 de noviembre de 2010 en Santiago, Chile.", sample.blocks().get(1).text()),
                    () -> assertHas(sample, "La delegación del Uruguay propuso a Rodrigo Ubilla Mackenney, Vice-Minister of the Interior"
                            + " of Chile, como Presidente de esta reunión. La candidatura fue secundada por la delegación de la República"
                            + " Dominicana y aprobada por aclamación.",
                            "La delegación de México propuso a Mr. Glen Linder, Head of the Canadian Delegation, como Vicepresidente de"
                            + " esta reunión. La candidatura fue secundada por la delegación de Guatemala y aprobada por aclamación.",
                            "Estuvieron representados también los siguientes organismos: AMERIPOL, Banco Interamericano de Desarrollo e"
                            + " INTERPOL."),
                    () -> assertEquals(1, body(sample).stream().filter(t -> t.contains("adopted the following documents")
                            || t.contains("aprobó además")).count(), "the lead the rapporteur typed is not printed again in Spanish"));
        }
    }

    @Nested
    class French {
        private final Report report = compose(drafted(FRENCH), Language.FR);

        @Test
        void theFirstPage() {
            assertAll(() -> assertEquals("RAPPORT DE LA RAPPORTEUSE", report.blocks().get(0).text()),
                    () -> assertEquals(List.of(FRENCH.title(), "du 16 au 18 novembre 2011", "Port-d'Espagne (Trinité-et-Tobago)"),
                            report.masthead().meeting()),
                    () -> assertEquals(List.of("Original\u00a0: français"), report.masthead().classification()),
                    () -> assertEquals("La Troisième Réunion des ministres responsables de la sécurité publique des Amériques s'est"
                            + " tenue du 16 au 18 novembre 2011 à Port-d'Espagne (Trinité-et-Tobago).", report.blocks().get(1).text()),
                    () -> assertEquals("Ont participé à la réunion les délégations des États membres suivants\u00a0: Canada, États-Unis,"
                            + " Mexique, République dominicaine, Trinité-et-Tobago et Uruguay. La liste des participants a été publiée"
                            + " sous la cote MISPA-III/doc.6/11.", report.blocks().get(2).text()),
                    () -> assertEquals("Ont également participé à la réunion en qualité d'observateurs\u00a0: Espagne et Israël. Les"
                            + " organisations suivantes étaient également représentées\u00a0: Banque interaméricaine de développement et"
                            + " INTERPOL.", report.blocks().get(3).text()));
        }

        @Test
        void theHeadingsTheChairsAndTheSpeakersLine() {
            assertAll(() -> assertEquals(List.of("I. PREMIÈRE SÉANCE", "II. DEUXIÈME SÉANCE", "Rapport préliminaire de la Rapporteuse"),
                            texts(report, BlockStyle.HEADING_1)),
                    () -> assertEquals(List.of("DEUXIÈME JOUR\u00a0:"), texts(report, BlockStyle.DAY)),
                    () -> assertEquals(List.of("L'Ambassadeur Milton Romani, Représentant permanent de l'Uruguay auprès de l'OEA, a"
                            + " présidé la première séance plénière.", "John Smith, du Canada, a présidé la deuxième séance plénière."),
                            texts(report, BlockStyle.CHAIR_LINE)),
                    () -> assertEquals(List.of("Allocution de l'Ambassadeur Milton Romani, Représentant permanent de l'Uruguay auprès de"
                            + " l'OEA"), texts(report, BlockStyle.SPEAKER)));
        }

        @Test
        void theElectionsAgreeWithTheNominee() {
            assertHas(report, "La délégation de l'Uruguay a proposé Mme Ana Pérez, Ministre des affaires étrangères du Mexique,"
                            + " comme Présidente de la présente réunion. La candidature a été appuyée par les délégations des États-Unis"
                            + " et de la République dominicaine et mise aux voix\u00a0; la candidate a été élue par 20 voix pour, 1 voix"
                            + " contre et 3 abstentions.",
                    "La délégation d'Haïti a proposé Laura López comme Rapporteuse de la présente réunion. La candidature a été"
                            + " appuyée par la délégation du Brésil et approuvée par acclamation.");
        }

        @Test
        void theAdoptionAndThePositionsOnTheProposal() {
            assertHas(report, "Au cours de la première séance, la plénière a également adopté le document suivant\u00a0:",
                    "Le document «\u00a0Projet d'ordre du jour\u00a0» a été adopté compte tenu d'une demande de la délégation du Brésil"
                            + " visant à ajouter une question sur la gestion de la police.",
                    "La délégation d'El Salvador a exprimé son appui à la proposition du Mexique.",
                    "La délégation des États-Unis a indiqué qu'elle avait besoin de temps pour consulter son gouvernement.",
                    "La délégation d'Haïti s'est opposée à la proposition.",
                    "La délégation du Brésil a demandé que la question «\u00a0Connectivité policière\u00a0» soit également inscrite à"
                            + " l'ordre du jour. Les délégations de la Trinité-et-Tobago et de l'Uruguay ont appuyé cette demande.",
                    "La proposition du Mexique a été transmise.");
        }

        @Test
        void theAnnexes() {
            assertAll(() -> assertEquals(List.of("ANNEXE I\u00a0: LISTE DES DOCUMENTS", "ANNEXE II\u00a0: LISTE DES PARTICIPANTS",
                            "ANNEXE III\u00a0: DÉCISIONS", "ANNEXE IV\u00a0: STATISTIQUES DES INTERVENTIONS"),
                            texts(report, BlockStyle.ANNEX_TITLE)),
                    () -> assertHas(report, "Documents de travail", "Cote | Titre", "Élections", "Adoption de documents",
                            "Propositions", "Proposition du Mexique", "Délégation | Interventions", "Uruguay | 1"));
        }

        @Test
        void theFirstOfTheMonthAndATitleThatElidesItsArticle() {
            Meeting workshop = drafted(FRENCH, LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 1),
                    "Atelier régional sur la gestion de la police", true);
            Report one = compose(workshop, Language.FR);
            assertAll(() -> assertEquals("1er décembre 2011", one.masthead().meeting().get(1)),
                    () -> assertEquals("L'Atelier régional sur la gestion de la police s'est tenu le 1er décembre 2011 à"
                            + " Port-d'Espagne (Trinité-et-Tobago).", one.blocks().get(1).text()),
                    () -> assertEquals("A participé à la réunion la délégation du Mexique. La liste des participants a été publiée sous"
                            + " la cote MISPA-III/doc.6/11.", one.blocks().get(2).text()),
                    () -> assertEquals("18 et 19 novembre 2010", compose(SampleMeeting.load(), Language.FR).masthead().meeting().get(1)));
        }

        @Test
        void theSampleDraftedInEnglish() {
            Report sample = compose(SampleMeeting.load(), Language.FR);
            assertAll(() -> assertEquals("La réunion «\u00a0Meeting of Government Experts in Preparation for MISPA III\u00a0» s'est"
                            + " tenue les 18 et 19 novembre 2010 à Santiago (Chili).", sample.blocks().get(1).text()),
                    () -> assertHas(sample, "La délégation de l'Uruguay a proposé Rodrigo Ubilla Mackenney, Vice-Minister of the"
                            + " Interior of Chile, comme Président de la présente réunion. La candidature a été appuyée par la délégation"
                            + " de la République dominicaine et approuvée par acclamation.",
                            "La délégation de Saint-Kitts-et-Nevis a exprimé son appui à la proposition de la Trinité-et-Tobago."));
        }
    }

    @Nested
    class Portuguese {
        private final Report report = compose(drafted(PORTUGUESE), Language.PT);

        @Test
        void theFirstPage() {
            assertAll(() -> assertEquals("RELATÓRIO DA RELATORA", report.blocks().get(0).text()),
                    () -> assertEquals(List.of(PORTUGUESE.title(), "de 16 a 18 de novembro de 2011", "Porto de Espanha, Trinidad e Tobago"),
                            report.masthead().meeting()),
                    () -> assertEquals(List.of("Original: português"), report.masthead().classification()),
                    () -> assertEquals("A Terceira Reunião de Ministros em Matéria de Segurança Pública das Américas realizou-se de 16"
                            + " a 18 de novembro de 2011 em Porto de Espanha, Trinidad e Tobago.", report.blocks().get(1).text()),
                    () -> assertEquals("Participaram da reunião as delegações dos seguintes Estados membros: Canadá, Estados Unidos,"
                            + " México, República Dominicana, Trinidad e Tobago e Uruguai. A lista de participantes foi publicada como"
                            + " documento MISPA-III/doc.6/11.", report.blocks().get(2).text()),
                    () -> assertEquals("Participaram também da reunião como observadores: Espanha e Israel. Estiveram também"
                            + " representados os seguintes organismos: Banco Interamericano de Desenvolvimento e INTERPOL.",
                            report.blocks().get(3).text()));
        }

        @Test
        void theHeadingsTheChairsAndTheSpeakersLine() {
            assertAll(() -> assertEquals(List.of("I. PRIMEIRA SESSÃO", "II. SEGUNDA SESSÃO", "Relatório preliminar da Relatora"),
                            texts(report, BlockStyle.HEADING_1)),
                    () -> assertEquals(List.of("SEGUNDO DIA:"), texts(report, BlockStyle.DAY)),
                    () -> assertEquals(List.of("O Embaixador Milton Romani, Representante Permanente do Uruguai junto à OEA, presidiu a"
                            + " primeira sessão plenária.", "John Smith, do Canadá, presidiu a segunda sessão plenária."),
                            texts(report, BlockStyle.CHAIR_LINE)),
                    () -> assertEquals(List.of("Discurso do Embaixador Milton Romani, Representante Permanente do Uruguai junto à OEA"),
                            texts(report, BlockStyle.SPEAKER)));
        }

        @Test
        void theElectionsAgreeWithTheNominee() {
            assertHas(report, "A delegação do Uruguai indicou a Sra. Ana Pérez, Ministra das Relações Exteriores do México, para"
                            + " Presidente desta reunião. A candidatura foi secundada pelas delegações dos Estados Unidos e da República"
                            + " Dominicana e submetida à votação; a candidata foi eleita por 20 votos a favor, 1 contra e 3 abstenções.",
                    "A delegação do Haiti indicou Laura López para Relatora desta reunião. A candidatura foi secundada pela delegação"
                            + " do Brasil e aprovada por aclamação.");
        }

        @Test
        void theAdoptionAndThePositionsOnTheProposal() {
            assertHas(report, "Durante a primeira sessão, o plenário aprovou também o seguinte documento:",
                    "O documento “Projeto de temário” foi aprovado levando em consideração uma solicitação da delegação do Brasil no"
                            + " sentido de acrescentar um tema sobre a gestão policial.",
                    "A delegação de El Salvador manifestou seu apoio à proposta do México.",
                    "A delegação dos Estados Unidos informou que precisava de tempo para realizar consultas com seu Governo.",
                    "A delegação do Haiti se opôs à proposta.",
                    "A delegação do Brasil solicitou que o tema “Conectividade policial” fosse também incluído no temário. As"
                            + " delegações de Trinidad e Tobago e do Uruguai secundaram essa solicitação.",
                    "A proposta do México foi encaminhada.");
        }

        @Test
        void theAnnexes() {
            assertAll(() -> assertEquals(List.of("ANEXO I: LISTA DE DOCUMENTOS", "ANEXO II: LISTA DE PARTICIPANTES",
                            "ANEXO III: DECISÕES", "ANEXO IV: ESTATÍSTICAS DAS INTERVENÇÕES"), texts(report, BlockStyle.ANNEX_TITLE)),
                    () -> assertHas(report, "Documentos de trabalho", "Classificação | Título", "Eleições", "Aprovação de documentos",
                            "Propostas", "Proposta do México", "Delegação | Intervenções", "Uruguai | 1"));
        }

        @Test
        void theFirstOfTheMonth() {
            Meeting oneDay = drafted(PORTUGUESE, LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 1), PORTUGUESE.title(), true);
            Report one = compose(oneDay, Language.PT);
            assertAll(() -> assertEquals("1º de dezembro de 2011", one.masthead().meeting().get(1)),
                    () -> assertEquals("A Terceira Reunião de Ministros em Matéria de Segurança Pública das Américas realizou-se no dia"
                            + " 1º de dezembro de 2011 em Porto de Espanha, Trinidad e Tobago.", one.blocks().get(1).text()),
                    () -> assertEquals("Participou da reunião a delegação do México. A lista de participantes foi publicada como"
                            + " documento MISPA-III/doc.6/11.", one.blocks().get(2).text()));
        }

        @Test
        void theSampleDraftedInEnglish() {
            Report sample = compose(SampleMeeting.load(), Language.PT);
            assertAll(() -> assertEquals("A reunião “Meeting of Government Experts in Preparation for MISPA III” realizou-se nos dias"
                            + " 18 e 19 de novembro de 2010 em Santiago, Chile.", sample.blocks().get(1).text()),
                    () -> assertHas(sample, "A delegação de São Cristóvão e Névis indicou Jeremy Long, Head of Delegation for the United"
                            + " States, para Relator desta reunião. A candidatura foi secundada pela delegação da Colômbia e aprovada por"
                            + " aclamação.",
                            "A delegação do México manifestou seu apoio à proposta de Trinidad e Tobago."));
        }
    }

    @Test
    void theStatisticsWorkbooksWordsFollowTheLanguage() {
        assertAll(() -> assertEquals(new StatisticsWords("Estadísticas de las intervenciones", "Delegación u orador", "Intervenciones",
                        "Cuestiones de orden", "Tiempo en el uso de la palabra", "Total"), StatisticsWords.in(Language.ES.locale())),
                () -> assertEquals(new StatisticsWords("Statistiques des interventions", "Délégation ou orateur", "Interventions",
                        "Motions d'ordre", "Temps de parole", "Total"), StatisticsWords.in(Language.FR.locale())),
                () -> assertEquals(new StatisticsWords("Estatísticas das intervenções", "Delegação ou orador", "Intervenções",
                        "Questões de ordem", "Tempo de uso da palavra", "Total"), StatisticsWords.in(Language.PT.locale())),
                () -> assertEquals(new StatisticsWords("Speaking statistics", "Delegation or speaker", "Interventions",
                        "Points of order", "Time on the floor", "Total"), StatisticsWords.in(Language.EN.locale())));
    }
}
