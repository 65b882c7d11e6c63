package org.rapporteur.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void controlCharactersAreDroppedAndTheTextAroundThemKept() {
        assertEquals("Before after, and the end.", XmlText.clean("Before\u0000 after\u0001,\u001f and the\u0008 end.\ufffe"));
    }

    @Test
    void aLoneSurrogateIsDroppedAndAPairKept() {
        assertEquals("a\ud83d\ude00b c", XmlText.clean("a\ud83d\ude00b\ud800 c\udc00"));
    }

    @Test
    void tabsAndLineBreaksStayAndWordsOwnLineBreakCharactersBecomeLineBreaks() {
        assertEquals("one\ttwo\nthree\nfour\nfive\nsix", XmlText.clean("one\ttwo\r\nthree\rfour\u000bfive\u000csix"));
    }
}
