package org.rapporteur.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreFolderTest {
    private final Path home = Path.of("/home/rapporteur");

    @Test
    void onLinuxTheStoreLivesInTheXdgDataFolder() {
        assertEquals(home.resolve(".local/share/rapporteur"), StoreFolder.defaultFolder("Linux", Map.of(), home));
        assertEquals(Path.of("/data/xdg/rapporteur"),
                StoreFolder.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(home.resolve(".local/share/rapporteur"),
                StoreFolder.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "relative"), home));
    }

    @Test
    void onWindowsTheStoreLivesInAppData() {
        assertEquals(Path.of("C:/Users/r/AppData/Roaming/Rapporteur"),
                StoreFolder.defaultFolder("Windows 11", Map.of("APPDATA", "C:/Users/r/AppData/Roaming"), home));
    }

    @Test
    void onMacTheStoreLivesInApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Rapporteur"),
                StoreFolder.defaultFolder("Mac OS X", Map.of(), home));
    }
}
