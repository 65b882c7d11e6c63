package org.rapporteur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.ui.UiLanguage;

/**
 * Alt and a letter reach a field or a button ("_Title" is Alt+T). In each language, the controls shown together
 * have different letters — a translation that gave two fields the same one would send Alt to the wrong field —
 * every letter is a plain one a keyboard has, and the welcome names the letters its buttons really have.
 */
class MnemonicsTest {
    private static final String MESSAGES = "org/rapporteur/ui/messages";
    private static final List<String> SETUP_FRAME = List.of("setup.back", "setup.toWorkspace");
    private static final List<String> SESSIONS_LIST = List.of("setup.sessions.tree", "setup.sessions.addSession",
            "setup.sessions.addItem", "setup.delete");

    /** The controls shown together: a screen, or a screen with one of its tabs, or a dialog. */
    private static final Map<String, List<String>> SHOWN_TOGETHER = Map.ofEntries(
            Map.entry("home", List.of("home.openMeeting", "home.newMeeting", "home.openSample", "home.restoreBackup",
                    "home.openShared", "home.shareMeeting")),
            Map.entry("home of a shared meeting", List.of("home.openMeeting", "home.newMeeting", "home.openSample",
                    "home.copyToLaptop")),
            Map.entry("open shared meeting", List.of("shared.server", "shared.database", "shared.user", "shared.password",
                    "shared.certificate")),
            Map.entry("workspace", List.of("workspace.back", "workspace.setup", "workspace.speaker", "workspace.kind",
                    "workspace.documents", "workspace.subject", "workspace.summary")),
            Map.entry("setup: meeting", with(SETUP_FRAME, "setup.facts.title", "setup.facts.organization",
                    "setup.facts.series",
                    "setup.facts.reportSymbol", "setup.facts.reportTitle", "setup.facts.city", "setup.facts.country",
                    "setup.facts.start", "setup.facts.end", "setup.facts.language", "setup.facts.rapporteur",
                    "setup.facts.sessions", "setup.facts.mandate", "setup.create")),
            Map.entry("setup: delegations", with(SETUP_FRAME, "setup.delegations.roster", "setup.delegations.checkAll",
                    "setup.delegations.table", "setup.delegations.addOther", "setup.delegations.names")),
            Map.entry("setup: participants", with(SETUP_FRAME, "setup.participants.table", "setup.participants.add",
                    "setup.edit", "setup.delete", "setup.import.fromFile")),
            Map.entry("setup: documents", with(SETUP_FRAME, "setup.documents.table", "setup.documents.add", "setup.edit",
                    "setup.delete", "setup.documents.paste", "setup.import.fromFile")),
            // A part and an item are never shown at once: the detail pane shows one or the other.
            Map.entry("setup: sessions, a part", with(with(SETUP_FRAME, SESSIONS_LIST.toArray(String[]::new)),
                    "setup.sessions.number", "setup.sessions.day", "setup.sessions.date", "setup.sessions.chair",
                    "setup.sessions.chairCapacity", "setup.sessions.introduction")),
            Map.entry("setup: sessions, an item", with(with(SETUP_FRAME, SESSIONS_LIST.toArray(String[]::new)),
                    "setup.sessions.itemTitle", "setup.sessions.itemDocument", "setup.sessions.introduction")),
            Map.entry("another delegation", List.of("setup.other.name", "setup.other.kind", "setup.other.prose",
                    "setup.other.aliases")),
            Map.entry("a participant", List.of("setup.person.honorific", "setup.person.name", "setup.person.title",
                    "setup.person.delegation", "setup.person.gender")),
            Map.entry("report", List.of("report.language")),
            Map.entry("a document", List.of("setup.document.symbol", "setup.document.title", "setup.document.kind")));

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void controlsShownTogetherHaveDifferentLetters(UiLanguage language) throws IOException {
        Map<String, String> texts = texts(language);
        List<String> clashes = new ArrayList<>();
        SHOWN_TOGETHER.forEach((where, keys) -> {
            Map<Character, String> taken = new HashMap<>();
            for (String key : keys) {
                Character letter = letter(texts.get(key));
                if (letter == null) {
                    clashes.add(where + ": " + key + "=" + texts.get(key) + " has no letter after _");
                } else if (taken.containsKey(letter)) {
                    clashes.add(where + ": " + key + "=" + texts.get(key) + " and " + taken.get(letter) + " share Alt+" + letter);
                } else if (letter < 'A' || letter > 'Z') {
                    clashes.add(where + ": " + key + "=" + texts.get(key) + " has Alt+" + letter + ", which few keyboards have");
                } else {
                    taken.put(letter, key + "=" + texts.get(key));
                }
            }
        });
        assertEquals(List.of(), clashes, language.code());
    }

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void theWelcomeNamesTheLettersOfItsButtons(UiLanguage language) throws IOException {
        Map<String, String> texts = texts(language);
        String welcome = texts.get("welcome.text");
        for (String button : List.of("home.openSample", "home.newMeeting")) {
            assertTrue(welcome.contains("(Alt+" + letter(texts.get(button)) + ")"),
                    language.code() + ": the welcome should say Alt+" + letter(texts.get(button)) + " for " + texts.get(button)
                            + ": " + welcome);
        }
    }

    /** A label with a letter in a screen's FXML must be in one of the groups above, or it is checked nowhere. */
    @Test
    void everyLetterInTheScreensIsChecked() throws IOException {
        Map<String, String> english = texts(UiLanguage.ENGLISH);
        Set<String> grouped = new TreeSet<>();
        SHOWN_TOGETHER.values().forEach(grouped::addAll);
        Set<String> unchecked = new TreeSet<>();
        Pattern key = Pattern.compile("%([\\w.]+)");
        try (Stream<Path> screens = Files.list(Path.of("src/main/resources/fxml"))) {
            for (Path screen : screens.toList()) {
                Matcher m = key.matcher(Files.readString(screen));
                while (m.find()) {
                    String text = english.get(m.group(1));
                    if (text != null && text.contains("_") && !grouped.contains(m.group(1))) {
                        unchecked.add(screen.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), unchecked);
    }

    private static Character letter(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? null : Character.toUpperCase(text.charAt(at + 1));
    }

    private static Map<String, String> texts(UiLanguage language) throws IOException {
        return TranslationsTest.read(MESSAGES + (language == UiLanguage.ENGLISH ? "" : "_" + language.code().toLowerCase(Locale.ROOT))
                + ".properties");
    }

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
