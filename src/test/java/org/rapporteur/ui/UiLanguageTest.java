package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.Settings;
import org.rapporteur.service.Workers;
import org.rapporteur.text.Sentence;

/** Which language the window starts in, how it is kept, and that nothing falls back to the machine's language. */
class UiLanguageTest {
    private static final Locale MEXICO = Locale.forLanguageTag("es-MX");
    private static final Locale GERMANY = Locale.GERMANY;

    @TempDir
    Path store;

    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreTheMachinesLocale() {
        Locale.setDefault(machine);
        System.clearProperty(UiLanguage.PROPERTY);
    }

    @Test
    void thePropertyWinsOverTheSavedChoiceWhichWinsOverTheSystem() {
        assertEquals(UiLanguage.FRENCH, UiLanguage.choose("fr", "pt", MEXICO));
        assertEquals(UiLanguage.PORTUGUESE, UiLanguage.choose(null, "pt", MEXICO));
        assertEquals(UiLanguage.SPANISH, UiLanguage.choose(null, null, MEXICO));
        assertEquals(UiLanguage.PORTUGUESE, UiLanguage.choose("klingon", "pt_BR", MEXICO), "an unknown property is ignored");
    }

    @Test
    void aSystemInNoneOfTheFourLanguagesGetsEnglish() {
        assertEquals(UiLanguage.ENGLISH, UiLanguage.choose(null, null, GERMANY));
        assertEquals(UiLanguage.ENGLISH, UiLanguage.choose(null, "de", GERMANY));
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals("English Español Français Português", String.join(" ", java.util.Arrays.stream(UiLanguage.values())
                .map(UiLanguage::nativeName).toList()));
    }

    @Test
    void datesFollowTheLanguageAndKeepTheSystemsRegionWhenItSpeaksIt() {
        LocalDate opened = LocalDate.of(2010, 11, 16);
        assertEquals("16 de noviembre de 2010", UiText.load(AppContext.BUNDLE, UiLanguage.SPANISH.locale(GERMANY))
                .date(opened, FormatStyle.LONG));
        assertEquals("16 novembre 2010", UiText.load(AppContext.BUNDLE, UiLanguage.FRENCH.locale(MEXICO))
                .date(opened, FormatStyle.LONG));
        assertEquals(MEXICO, UiLanguage.SPANISH.locale(MEXICO));
        assertEquals(Locale.forLanguageTag("pt-BR"), UiLanguage.PORTUGUESE.locale(GERMANY));
    }

    /** On a French machine, a reader who chose English must not get the French file ("the English base is the fallback"). */
    @Test
    void bundlesNeverFallBackToTheMachinesLanguage() {
        Locale.setDefault(Locale.FRENCH);
        assertEquals("Meetings", UiText.load(AppContext.BUNDLE, Locale.ENGLISH).get("home.meetings"));
        assertEquals("Meetings", UiText.load(AppContext.BUNDLE, GERMANY).get("home.meetings"));
        assertEquals("There is no file x.json.", Sentence.of("service.noSuchFile", "x.json").in(Locale.ENGLISH));
        assertEquals("No existe el archivo x.json.", Sentence.of("service.noSuchFile", "x.json").in(MEXICO));
    }

    @Test
    void theChoiceIsKeptBesideTheStoreAndReadAtTheNextStart() {
        Locale.setDefault(GERMANY);
        try (AppContext first = AppContext.forFolder(store)) {
            assertEquals(UiLanguage.ENGLISH, first.language());
            first.useLanguage(UiLanguage.PORTUGUESE).join();
            assertEquals("Reuniões", first.texts().get("home.meetings"));
        }
        assertEquals("pt", Settings.of(store).get(Settings.LANGUAGE).orElseThrow());
        try (AppContext next = AppContext.forFolder(store)) {
            assertEquals(UiLanguage.PORTUGUESE, next.language());
        }
        System.setProperty(UiLanguage.PROPERTY, "es");
        try (AppContext overridden = AppContext.forFolder(store)) {
            assertEquals(UiLanguage.SPANISH, overridden.language());
            assertEquals("Reuniones", overridden.texts().get("home.meetings"));
        }
    }

    @Test
    void aContextForALocaleSpeaksItsLanguage() {
        try (AppContext context = new AppContext(store, Workers.sameThread(), MEXICO, Runnable::run)) {
            assertEquals(UiLanguage.SPANISH, context.language());
            assertEquals(MEXICO, context.texts().locale());
            assertEquals("Aceptar", context.texts().ok().getText());
        }
    }
}
