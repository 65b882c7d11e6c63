package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Language;

/** What "of", "by" and "to" make of a phrase in each language, from the bundles' rules alone. */
class GrammarTest {
    private static Grammar in(Language language) {
        return new Grammar(new Prose(language.locale()));
    }

    @Test
    void spanishContractsDeAndAWithEl() {
        Grammar es = in(Language.ES);
        assertAll(() -> assertEquals("del Perú", es.of("el Perú")),
                () -> assertEquals("de los Estados Unidos", es.of("los Estados Unidos")),
                () -> assertEquals("de la República Dominicana", es.of("la República Dominicana")),
                () -> assertEquals("de México", es.of("México")),
                () -> assertEquals("de El Salvador", es.of("El Salvador")),
                () -> assertEquals("al Sr. Glen Linder", es.to("el Sr. Glen Linder")),
                () -> assertEquals("a la propuesta", es.to("la propuesta")),
                () -> assertEquals("por la delegación del Uruguay", es.by("la delegación del Uruguay")));
    }

    @Test
    void frenchContractsLeAndLesAndElidesBeforeAVowelOrAMuteH() {
        Grammar fr = in(Language.FR);
        assertAll(() -> assertEquals("du Mexique", fr.of("le Mexique")),
                () -> assertEquals("des États-Unis", fr.of("les États-Unis")),
                () -> assertEquals("de l'Uruguay", fr.of("l'Uruguay")),
                () -> assertEquals("de la Barbade", fr.of("la Barbade")),
                () -> assertEquals("d'Haïti", fr.of("Haïti")),
                () -> assertEquals("d'El Salvador", fr.of("El Salvador")),
                () -> assertEquals("d'Antigua-et-Barbuda", fr.of("Antigua-et-Barbuda")),
                () -> assertEquals("de Cuba", fr.of("Cuba")),
                () -> assertEquals("de Saint-Kitts-et-Nevis", fr.of("Saint-Kitts-et-Nevis")),
                () -> assertEquals("au Mexique", fr.to("le Mexique")),
                () -> assertEquals("aux États-Unis", fr.to("les États-Unis")),
                () -> assertEquals("à la proposition", fr.to("la proposition")),
                () -> assertEquals("par la délégation du Canada", fr.by("la délégation du Canada")),
                () -> assertEquals("de l’Équateur", fr.of("l’Équateur"), "a typographic apostrophe is an apostrophe"));
    }

    @Test
    void frenchElidesAnArticleBeforeAVowelButNotBeforeAnAspiratedH() {
        Grammar fr = in(Language.FR);
        assertAll(() -> assertEquals("l'Ambassadeur Jorge Skinner-Klée", fr.elideArticle("le Ambassadeur Jorge Skinner-Klée")),
                () -> assertEquals("l'Atelier régional", fr.elideArticle("le Atelier régional")),
                () -> assertEquals("le Haut Représentant", fr.elideArticle("le Haut Représentant")),
                () -> assertEquals("la Ministre", fr.elideArticle("la Ministre")));
    }

    @Test
    void portugueseContractsEveryArticleWithDePorAndA() {
        Grammar pt = in(Language.PT);
        assertAll(() -> assertEquals("do Brasil", pt.of("o Brasil")),
                () -> assertEquals("da República Dominicana", pt.of("a República Dominicana")),
                () -> assertEquals("dos Estados Unidos", pt.of("os Estados Unidos")),
                () -> assertEquals("das Bahamas", pt.of("as Bahamas")),
                () -> assertEquals("de El Salvador", pt.of("El Salvador")),
                () -> assertEquals("de Trinidad e Tobago", pt.of("Trinidad e Tobago")),
                () -> assertEquals("pela delegação do Uruguai", pt.by("a delegação do Uruguai")),
                () -> assertEquals("pelas delegações da Colômbia e do México", pt.by("as delegações da Colômbia e do México")),
                () -> assertEquals("à proposta do México", pt.to("a proposta do México")),
                () -> assertEquals("ao Canadá", pt.to("o Canadá")));
    }

    @Test
    void englishPutsItsPrepositionBeforeTheArticle() {
        Grammar en = in(Language.EN);
        assertAll(() -> assertEquals("of the Dominican Republic", en.of("the Dominican Republic")),
                () -> assertEquals("by the delegation of Uruguay", en.by("the delegation of Uruguay")),
                () -> assertEquals("of Haiti", en.of("Haiti")),
                () -> assertEquals("le Atelier", en.elideArticle("le Atelier"), "English elides nothing"));
    }

    @Test
    void onlyFrenchAndPortugueseRepeatThePrepositionBeforeEachName() {
        assertEquals(List.of(false, false, true, true),
                List.of(Language.EN, Language.ES, Language.FR, Language.PT).stream().map(l -> in(l).ofEachName()).toList());
    }

    @Test
    void theSoundIIsHeardInIAndHiButNotInADiphthong() {
        assertAll(() -> assertTrue(Grammar.startsWithISound("Israel")),
                () -> assertTrue(Grammar.startsWithISound("INTERPOL")),
                () -> assertTrue(Grammar.startsWithISound("Hidalgo")),
                () -> assertTrue(Grammar.startsWithISound("IICA")),
                () -> assertFalse(Grammar.startsWithISound("Haití")),
                () -> assertFalse(Grammar.startsWithISound("Hierro")),
                () -> assertFalse(Grammar.startsWithISound("Iowa")),
                () -> assertFalse(Grammar.startsWithISound("Uruguay")));
    }

    @Test
    void spanishJoinsANameThatStartsWithTheSoundIWithE() {
        ProseLists es = new ProseLists(Language.ES.locale());
        assertAll(() -> assertEquals("Francia e Israel", es.join(List.of("Francia", "Israel"))),
                () -> assertEquals("España, Francia e Italia", es.join(List.of("España", "Francia", "Italia"))),
                () -> assertEquals("Israel y Francia", es.join(List.of("Israel", "Francia"))),
                () -> assertEquals("Chile y Haití", es.join(List.of("Chile", "Haití"))),
                () -> assertEquals("France et Israël", new ProseLists(Language.FR.locale()).join(List.of("France", "Israël"))));
    }
}
