package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.OasRoster;

/** The delegations named in the report's language: the roster's names with their articles, or the rapporteur's. */
class DelegationNamesTest {

    private static Delegation state(String englishName) {
        return OasRoster.memberStates().stream().filter(d -> d.name().equals(englishName)).findFirst().orElseThrow();
    }

    private static DelegationNames names(Language language, Language original) {
        return new DelegationNames(language, original, new Grammar(new Prose(language.locale())));
    }

    /** "la delegación de los Estados Unidos": the phrase the decisions' sentences use, in an English meeting's report. */
    private static String delegationOf(Language language, Delegation d) {
        Prose prose = new Prose(language.locale());
        return prose.format("delegation.phrase", 1, names(language, Language.EN).of(d));
    }

    @Test
    void theMemberStatesTakeTheirArticleAndItsContractionInEachLanguage() {
        assertAll(() -> assertEquals("la delegación de los Estados Unidos", delegationOf(Language.ES, state("United States"))),
                () -> assertEquals("la delegación de México", delegationOf(Language.ES, state("Mexico"))),
                () -> assertEquals("la delegación del Uruguay", delegationOf(Language.ES, state("Uruguay"))),
                () -> assertEquals("la delegación de El Salvador", delegationOf(Language.ES, state("El Salvador"))),
                () -> assertEquals("la délégation du Mexique", delegationOf(Language.FR, state("Mexico"))),
                () -> assertEquals("la délégation de l'Uruguay", delegationOf(Language.FR, state("Uruguay"))),
                () -> assertEquals("la délégation des États-Unis", delegationOf(Language.FR, state("United States"))),
                () -> assertEquals("la délégation d'Haïti", delegationOf(Language.FR, state("Haiti"))),
                () -> assertEquals("la délégation de la République dominicaine", delegationOf(Language.FR, state("Dominican Republic"))),
                () -> assertEquals("a delegação do Uruguai", delegationOf(Language.PT, state("Uruguay"))),
                () -> assertEquals("a delegação da República Dominicana", delegationOf(Language.PT, state("Dominican Republic"))),
                () -> assertEquals("a delegação do Brasil", delegationOf(Language.PT, state("Brazil"))),
                () -> assertEquals("a delegação de Cuba", delegationOf(Language.PT, state("Cuba"))),
                () -> assertEquals("the delegation of the Bahamas", delegationOf(Language.EN, state("Bahamas"))));
    }

    @Test
    void aListGivesTheNameWithoutItsArticle() {
        DelegationNames es = names(Language.ES, Language.EN);
        assertAll(() -> assertEquals("Estados Unidos", es.list(state("United States"))),
                () -> assertEquals("los Estados Unidos", es.inSentence(state("United States"))),
                () -> assertEquals("Saint Kitts y Nevis", es.list(state("Saint Kitts and Nevis"))),
                () -> assertEquals("Trinité-et-Tobago", names(Language.FR, Language.EN).list(state("Trinidad and Tobago"))),
                () -> assertEquals("São Cristóvão e Névis", names(Language.PT, Language.EN).list(state("Saint Kitts and Nevis"))));
    }

    @Test
    void theRapporteursPreferredFormStandsInTheLanguageItWasTypedIn() {
        Delegation kitts = new Delegation(6L, "Saint Kitts and Nevis", "St. Kitts and Nevis", DelegationKind.MEMBER_STATE, true,
                List.of());
        assertAll(() -> assertEquals("St. Kitts and Nevis", names(Language.EN, Language.EN).inSentence(kitts)),
                () -> assertEquals("Saint Kitts y Nevis", names(Language.ES, Language.EN).inSentence(kitts)));
    }

    @Test
    void aNameTypedInSpanishIsTheRostersStateInTheOtherLanguagesWithItsArticleInSpanish() {
        Delegation peru = new Delegation(1L, "Perú", null, DelegationKind.MEMBER_STATE, true, List.of());
        assertAll(() -> assertEquals("Peru", names(Language.EN, Language.ES).list(peru)),
                () -> assertEquals("el Perú", names(Language.ES, Language.ES).inSentence(peru)),
                () -> assertEquals("du Pérou", names(Language.FR, Language.ES).of(peru)));
    }

    @Test
    void theOrganizationsAndObserversTheRosterKnowsHaveTheirOfficialNames() {
        Delegation idb = new Delegation(1L, "Inter-American Development Bank", null, DelegationKind.INTERNATIONAL_ORGANIZATION,
                true, List.of("IDB"));
        Delegation holySee = new Delegation(2L, "Holy See", null, DelegationKind.OBSERVER, true, List.of());
        assertAll(() -> assertEquals("Banco Interamericano de Desarrollo", names(Language.ES, Language.EN).list(idb)),
                () -> assertEquals("de la Banque interaméricaine de développement", names(Language.FR, Language.EN).of(idb)),
                () -> assertEquals("da Santa Sé", names(Language.PT, Language.EN).of(holySee)),
                () -> assertEquals("du Saint-Siège", names(Language.FR, Language.EN).of(holySee)));
    }

    @Test
    void aDelegationTheRosterDoesNotKnowKeepsItsNameUnlessItHasOneOfItsOwnInTheLanguage() {
        Delegation ameripol = new Delegation(1L, "AMERIPOL", null, DelegationKind.INTERNATIONAL_ORGANIZATION, true, List.of());
        Delegation council = new Delegation(2L, "Police Council", "the Police Council", DelegationKind.OBSERVER, true, List.of(),
                Map.of(Language.ES, new LocalName("Consejo de Policía", "el Consejo de Policía"),
                        Language.FR, new LocalName("Conseil de police", "le Conseil de police")));
        assertAll(() -> assertEquals("de AMERIPOL", names(Language.ES, Language.EN).of(ameripol)),
                () -> assertEquals("del Consejo de Policía", names(Language.ES, Language.EN).of(council)),
                () -> assertEquals("du Conseil de police", names(Language.FR, Language.EN).of(council)),
                () -> assertEquals("of the Police Council", names(Language.EN, Language.EN).of(council)),
                () -> assertEquals("Police Council", names(Language.PT, Language.EN).list(council)));
    }

    @Test
    void aNameOfItsOwnInALanguageWinsOverTheRosters() {
        Delegation us = state("United States").withNames(Map.of(Language.ES, new LocalName("Estados Unidos de América",
                "los Estados Unidos de América")));
        assertEquals("de los Estados Unidos de América", names(Language.ES, Language.EN).of(us));
    }

    @Test
    void theVenuesCountryIsNamedInTheReportsLanguage() {
        assertAll(() -> assertEquals("Chili", names(Language.FR, Language.EN).country("Chile")),
                () -> assertEquals("Trinidad e Tobago", names(Language.PT, Language.ES).country("Trinidad y Tobago")),
                () -> assertEquals("Chile", names(Language.ES, Language.EN).country("Chile")),
                () -> assertEquals("Narnia", names(Language.ES, Language.EN).country("Narnia")));
    }
}
