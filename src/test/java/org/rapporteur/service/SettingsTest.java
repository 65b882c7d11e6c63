package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings beside a store: read when there, nothing when not, written whole through a temporary file. */
class SettingsTest {
    @TempDir
    Path folder;

    @Test
    void aStoreWithoutSettingsHasNone() {
        assertEquals(Optional.empty(), Settings.of(folder).get(Settings.LANGUAGE));
        assertEquals(Optional.empty(), Settings.of(folder.resolve("not yet created")).get(Settings.LANGUAGE));
    }

    @Test
    void aValueSavedIsReadBackAndTheOthersAreKept() throws IOException {
        Settings.of(folder).put("theme", "dark");
        Settings.of(folder).put(Settings.LANGUAGE, "es");
        Settings.of(folder).put(Settings.LANGUAGE, "fr");
        assertEquals(Optional.of("fr"), Settings.of(folder).get(Settings.LANGUAGE));
        assertEquals(Optional.of("dark"), Settings.of(folder).get("theme"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(Settings.FILE), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left beside it");
        }
    }

    @Test
    void theFolderIsCreatedForTheFirstSetting() {
        Path later = folder.resolve("store");
        Settings.of(later).put(Settings.LANGUAGE, "pt");
        assertEquals(Optional.of("pt"), Settings.of(later).get(Settings.LANGUAGE));
    }

    @Test
    void aFileThatIsNoSettingsFileGivesTheDefaults() throws IOException {
        Files.write(folder.resolve(Settings.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x', '\\', 'u', 'z'});
        assertEquals(Optional.empty(), Settings.of(folder).get(Settings.LANGUAGE));
        Files.writeString(folder.resolve(Settings.FILE), "language =  \n", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), Settings.of(folder).get(Settings.LANGUAGE), "a blank value is no value");
    }

    @Test
    void aSettingThatCannotBeWrittenSaysWhyInASentence() throws IOException {
        Path file = Files.createFile(folder.resolve("a file, not a folder"));
        ServiceException failure = assertThrows(ServiceException.class, () -> Settings.of(file).put(Settings.LANGUAGE, "es"));
        assertTrue(failure.sentence().in(Locale.ENGLISH).contains(file.toString()), failure.sentence().in(Locale.ENGLISH));
    }
}
