package org.rapporteur.model;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The OAS's 35 member states, to pick a meeting's delegations from, and the names the report gives them and
 * the observers and organizations that often attend, in the OAS's four languages: as a list gives them, and
 * inside a sentence with the article each language puts before them ("los Estados Unidos", "le Mexique",
 * "l'Uruguay", "o Brasil"; none for "México", "Cuba", "El Salvador", whose capital is part of the name).
 * The forms are those of the OAS's and the UN's terminology in each language.
 */
public final class OasRoster {
    private static final List<Entry> KNOWN = known();
    /**
     * Each known entry's spellings, folded once: a report of 10,000 entries names its delegations thousands of
     * times, and folding every spelling of the roster each time was most of its export's time.
     */
    private static final Map<Entry, Set<String>> FOLDED = folded(KNOWN);

    private OasRoster() {
    }

    /**
     * One state, observer or organization, named in every language.
     *
     * @param names   by language, each with its list form and its sentence form
     * @param aliases other spellings a rapporteur may type ("St. Kitts", "IDB")
     */
    public record Entry(DelegationKind kind, Map<Language, LocalName> names, List<String> aliases) {

        public Entry {
            names = Map.copyOf(names);
            aliases = List.copyOf(aliases);
        }

        public LocalName name(Language language) {
            return names.get(language);
        }

        /** Whether the text is one of its names, sentence forms or aliases, whatever the case and the accents. */
        public boolean isCalled(String text) {
            if (text == null || text.isBlank()) {
                return false;
            }
            Set<String> mine = FOLDED.get(this);
            String wanted = folded(text);
            return mine != null ? mine.contains(wanted) : spellings().anyMatch(s -> folded(s).equals(wanted));
        }

        /** The languages whose list name is the text exactly (case aside): the language a typed name is in. */
        public List<Language> languagesNaming(String text) {
            return names.entrySet().stream().filter(e -> e.getValue().name().equalsIgnoreCase(text.strip()))
                    .map(Map.Entry::getKey).sorted().toList();
        }

        private Stream<String> spellings() {
            return Stream.concat(names.values().stream().flatMap(n -> Stream.of(n.name(), n.inProse())), aliases.stream());
        }
    }

    /** The 35 member states, each as a delegation not yet marked present and without an id, named in English. */
    public static List<Delegation> memberStates() {
        return KNOWN.stream().filter(e -> e.kind() == DelegationKind.MEMBER_STATE).map(e -> {
            LocalName english = e.name(Language.EN);
            return new Delegation(null, english.name(), english.proseName(), DelegationKind.MEMBER_STATE, false, e.aliases());
        }).toList();
    }

    /** Every state, observer and organization the roster names. */
    public static List<Entry> entries() {
        return KNOWN;
    }

    /** The roster's entry for a name in any of the four languages, or an alias. */
    public static Optional<Entry> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = folded(name);
        return KNOWN.stream().filter(e -> FOLDED.get(e).contains(wanted)).findFirst();
    }

    /** The roster's entry for a delegation: by its name, its sentence form, an alias or a name of its own. */
    public static Optional<Entry> find(Delegation d) {
        Set<String> wanted = Stream.of(Stream.of(d.name(), d.inProse()), d.aliases().stream(),
                        d.names().values().stream().flatMap(n -> Stream.of(n.name(), n.inProse()))).flatMap(x -> x)
                .filter(x -> x != null && !x.isBlank()).map(OasRoster::folded).collect(java.util.stream.Collectors.toSet());
        return KNOWN.stream().filter(e -> FOLDED.get(e).stream().anyMatch(wanted::contains)).findFirst();
    }

    private static Map<Entry, Set<String>> folded(List<Entry> entries) {
        Map<Entry, Set<String>> folded = new java.util.IdentityHashMap<>();
        entries.forEach(e -> folded.put(e, e.spellings().map(OasRoster::folded).collect(java.util.stream.Collectors.toSet())));
        return folded;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    // ---- the data: English, Spanish, French, Portuguese ----

    private static List<Entry> known() {
        return List.of(
                state(n("Antigua and Barbuda"), n("Antigua y Barbuda"), n("Antigua-et-Barbuda"), n("Antígua e Barbuda")),
                state(n("Argentina"), a("Argentina", "la"), a("Argentine", "l'"), a("Argentina", "a")),
                state(a("Bahamas", "the"), a("Bahamas", "las"), a("Bahamas", "les"), a("Bahamas", "as"),
                        "The Bahamas", "Commonwealth of The Bahamas"),
                state(n("Barbados"), n("Barbados"), a("Barbade", "la"), n("Barbados")),
                state(n("Belize"), n("Belice"), a("Belize", "le"), n("Belize")),
                state(n("Bolivia"), n("Bolivia"), a("Bolivie", "la"), a("Bolívia", "a"), "Plurinational State of Bolivia"),
                state(n("Brazil"), a("Brasil", "el"), a("Brésil", "le"), a("Brasil", "o"), "Brasil"),
                state(n("Canada"), a("Canadá", "el"), a("Canada", "le"), a("Canadá", "o")),
                state(n("Chile"), n("Chile"), a("Chili", "le"), a("Chile", "o")),
                state(n("Colombia"), n("Colombia"), a("Colombie", "la"), a("Colômbia", "a")),
                state(n("Costa Rica"), n("Costa Rica"), a("Costa Rica", "le"), a("Costa Rica", "a")),
                state(n("Cuba"), n("Cuba"), n("Cuba"), n("Cuba")),
                state(n("Dominica"), n("Dominica"), a("Dominique", "la"), a("Dominica", "a"), "Commonwealth of Dominica"),
                state(a("Dominican Republic", "the"), a("República Dominicana", "la"), a("République dominicaine", "la"),
                        a("República Dominicana", "a")),
                state(n("Ecuador"), a("Ecuador", "el"), a("Équateur", "l'"), a("Equador", "o")),
                state(n("El Salvador"), n("El Salvador"), n("El Salvador"), n("El Salvador")),
                state(n("Grenada"), n("Grenada"), a("Grenade", "la"), n("Granada")),
                state(n("Guatemala"), n("Guatemala"), a("Guatemala", "le"), a("Guatemala", "a")),
                state(n("Guyana"), n("Guyana"), a("Guyana", "le"), a("Guiana", "a")),
                state(n("Haiti"), n("Haití"), n("Haïti"), a("Haiti", "o")),
                state(n("Honduras"), n("Honduras"), a("Honduras", "le"), n("Honduras")),
                state(n("Jamaica"), n("Jamaica"), a("Jamaïque", "la"), a("Jamaica", "a")),
                state(n("Mexico"), n("México"), a("Mexique", "le"), a("México", "o"), "México"),
                state(n("Nicaragua"), n("Nicaragua"), a("Nicaragua", "le"), a("Nicarágua", "a")),
                state(n("Panama"), n("Panamá"), a("Panama", "le"), a("Panamá", "o"), "Panamá"),
                state(n("Paraguay"), a("Paraguay", "el"), a("Paraguay", "le"), a("Paraguai", "o")),
                state(n("Peru"), a("Perú", "el"), a("Pérou", "le"), a("Peru", "o"), "Perú"),
                state(n("Saint Kitts and Nevis"), n("Saint Kitts y Nevis"), n("Saint-Kitts-et-Nevis"), n("São Cristóvão e Névis"),
                        "St. Kitts and Nevis", "St. Kitts"),
                state(n("Saint Lucia"), n("Santa Lucía"), n("Sainte-Lucie"), n("Santa Lúcia"), "St. Lucia"),
                state(n("Saint Vincent and the Grenadines"), n("San Vicente y las Granadinas"), n("Saint-Vincent-et-les-Grenadines"),
                        n("São Vicente e Granadinas"), "St. Vincent and the Grenadines", "St. Vincent"),
                state(n("Suriname"), n("Suriname"), a("Suriname", "le"), a("Suriname", "o")),
                state(n("Trinidad and Tobago"), n("Trinidad y Tobago"), a("Trinité-et-Tobago", "la"), n("Trinidad e Tobago")),
                state(a("United States", "the"), a("Estados Unidos", "los"), a("États-Unis", "les"), a("Estados Unidos", "os"),
                        "United States of America", "USA", "U.S."),
                state(n("Uruguay"), a("Uruguay", "el"), a("Uruguay", "l'"), a("Uruguai", "o")),
                state(n("Venezuela"), n("Venezuela"), a("Venezuela", "le"), a("Venezuela", "a"), "Bolivarian Republic of Venezuela"),

                other(DelegationKind.SECRETARIAT, a("General Secretariat of the OAS", "the"), a("Secretaría General de la OEA", "la"),
                        a("Secrétariat général de l'OEA", "le"), a("Secretaria-Geral da OEA", "a"),
                        "OAS Secretariat", "OAS General Secretariat", "General Secretariat of the Organization of American States"),
                organization(a("Inter-American Development Bank", "the"), a("Banco Interamericano de Desarrollo", "el"),
                        a("Banque interaméricaine de développement", "la"), a("Banco Interamericano de Desenvolvimento", "o"),
                        "IDB", "BID"),
                organization(n("INTERPOL"), n("INTERPOL"), n("INTERPOL"), n("INTERPOL"), "International Criminal Police Organization"),
                organization(n("AMERIPOL"), n("AMERIPOL"), n("AMERIPOL"), n("AMERIPOL"), "Police Community of the Americas"),
                organization(a("Pan American Health Organization", "the"), a("Organización Panamericana de la Salud", "la"),
                        a("Organisation panaméricaine de la santé", "l'"), a("Organização Pan-Americana da Saúde", "a"),
                        "PAHO", "OPS"),
                organization(a("Economic Commission for Latin America and the Caribbean", "the"),
                        a("Comisión Económica para América Latina y el Caribe", "la"),
                        a("Commission économique pour l'Amérique latine et les Caraïbes", "la"),
                        a("Comissão Econômica para a América Latina e o Caribe", "a"), "ECLAC", "CEPAL"),
                organization(a("Inter-American Institute for Cooperation on Agriculture", "the"),
                        a("Instituto Interamericano de Cooperación para la Agricultura", "el"),
                        a("Institut interaméricain de coopération pour l'agriculture", "l'"),
                        a("Instituto Interamericano de Cooperação para a Agricultura", "o"), "IICA"),
                organization(a("Inter-American Commission on Human Rights", "the"), a("Comisión Interamericana de Derechos Humanos", "la"),
                        a("Commission interaméricaine des droits de l'homme", "la"), a("Comissão Interamericana de Direitos Humanos", "a"),
                        "IACHR", "CIDH"),
                organization(a("Inter-American Drug Abuse Control Commission", "the"),
                        a("Comisión Interamericana para el Control del Abuso de Drogas", "la"),
                        a("Commission interaméricaine de lutte contre l'abus des drogues", "la"),
                        a("Comissão Interamericana para o Controle do Abuso de Drogas", "a"), "CICAD"),
                organization(a("Inter-American Committee against Terrorism", "the"), a("Comité Interamericano contra el Terrorismo", "el"),
                        a("Comité interaméricain contre le terrorisme", "le"), a("Comitê Interamericano contra o Terrorismo", "o"),
                        "CICTE"),
                organization(a("United Nations", "the"), a("Naciones Unidas", "las"), a("Organisation des Nations Unies", "l'"),
                        a("Nações Unidas", "as"), "UN", "ONU"),
                organization(a("United Nations Office on Drugs and Crime", "the"),
                        a("Oficina de las Naciones Unidas contra la Droga y el Delito", "la"),
                        a("Office des Nations Unies contre la drogue et le crime", "l'"),
                        a("Escritório das Nações Unidas sobre Drogas e Crime", "o"), "UNODC"),
                organization(a("World Bank", "the"), a("Banco Mundial", "el"), a("Banque mondiale", "la"), a("Banco Mundial", "o")),
                organization(a("Caribbean Community", "the"), a("Comunidad del Caribe", "la"), a("Communauté des Caraïbes", "la"),
                        a("Comunidade do Caribe", "a"), "CARICOM"),
                organization(a("Central American Integration System", "the"), a("Sistema de la Integración Centroamericana", "el"),
                        a("Système d'intégration de l'Amérique centrale", "le"), a("Sistema da Integração Centro-Americana", "o"),
                        "SICA"),

                observer(a("Holy See", "the"), a("Santa Sede", "la"), a("Saint-Siège", "le"), a("Santa Sé", "a")),
                observer(a("European Union", "the"), a("Unión Europea", "la"), a("Union européenne", "l'"), a("União Europeia", "a"),
                        "EU"),
                observer(n("Spain"), n("España"), a("Espagne", "l'"), a("Espanha", "a")),
                observer(n("France"), n("Francia"), a("France", "la"), a("França", "a")),
                observer(n("Germany"), n("Alemania"), a("Allemagne", "l'"), a("Alemanha", "a")),
                observer(n("Italy"), n("Italia"), a("Italie", "l'"), a("Itália", "a")),
                observer(n("Portugal"), n("Portugal"), a("Portugal", "le"), n("Portugal")),
                observer(a("United Kingdom", "the"), a("Reino Unido", "el"), a("Royaume-Uni", "le"), a("Reino Unido", "o")),
                observer(a("Netherlands", "the"), a("Países Bajos", "los"), a("Pays-Bas", "les"), a("Países Baixos", "os")),
                observer(n("Japan"), a("Japón", "el"), a("Japon", "le"), a("Japão", "o")),
                observer(n("China"), n("China"), a("Chine", "la"), a("China", "a")),
                observer(a("Republic of Korea", "the"), a("República de Corea", "la"), a("République de Corée", "la"),
                        a("República da Coreia", "a")),
                observer(n("India"), a("India", "la"), a("Inde", "l'"), a("Índia", "a")),
                observer(n("Israel"), n("Israel"), n("Israël"), n("Israel")));
    }

    private static Entry state(LocalName en, LocalName es, LocalName fr, LocalName pt, String... aliases) {
        return other(DelegationKind.MEMBER_STATE, en, es, fr, pt, aliases);
    }

    private static Entry organization(LocalName en, LocalName es, LocalName fr, LocalName pt, String... aliases) {
        return other(DelegationKind.INTERNATIONAL_ORGANIZATION, en, es, fr, pt, aliases);
    }

    private static Entry observer(LocalName en, LocalName es, LocalName fr, LocalName pt, String... aliases) {
        return other(DelegationKind.OBSERVER, en, es, fr, pt, aliases);
    }

    private static Entry other(DelegationKind kind, LocalName en, LocalName es, LocalName fr, LocalName pt, String... aliases) {
        Map<Language, LocalName> names = new EnumMap<>(Language.class);
        names.put(Language.EN, en);
        names.put(Language.ES, es);
        names.put(Language.FR, fr);
        names.put(Language.PT, pt);
        return new Entry(kind, names, List.of(aliases));
    }

    /** A name without an article. */
    private static LocalName n(String name) {
        return new LocalName(name, null);
    }

    /** A name with the definite article its language puts before it in a sentence. */
    private static LocalName a(String name, String article) {
        return LocalName.withArticle(name, article);
    }
}
