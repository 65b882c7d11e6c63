package org.rapporteur.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the store lives when nobody says otherwise: the platform's folder for application data. */
public final class StoreFolder {
    private static final String APP = "Rapporteur";

    private StoreFolder() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** XDG on Linux and other Unixes, %APPDATA% on Windows, Application Support on macOS. */
    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve(APP);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(APP.toLowerCase(Locale.ROOT));
    }
}
