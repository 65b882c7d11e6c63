package org.rapporteur.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void paragraphsAreSeparatedByBlankLinesWhateverTheLineEndings() {
        assertEquals(List.of("One.", "Two\nstill two.", "Three."),
                Texts.paragraphs("One.\r\n\r\nTwo\nstill two.\n \n\n\nThree.\n"));
    }

    @Test
    void nothingTypedGivesNoParagraphs() {
        assertEquals(List.of(), Texts.paragraphs(null));
        assertEquals(List.of(), Texts.paragraphs(" \n\n "));
    }

    @Test
    void joiningParagraphsAndSplittingThemAgainGivesTheSameParagraphs() {
        List<String> paragraphs = List.of("The delegation of Chile gave a presentation.", "It ended.");
        assertEquals(paragraphs, Texts.paragraphs(Texts.joinParagraphs(paragraphs)));
    }
}
