package org.rapporteur.ui.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rapporteur.Version;
import org.rapporteur.ui.UiText;

/**
 * About Rapporteur: the version, and every library it ships with, its version and its licence, as the build
 * wrote them into {@code libraries.properties} (a few lines, read from the jar: no store, no network).
 */
final class AboutDialog {
    private final UiText texts;

    AboutDialog(UiText texts) {
        this.texts = texts;
    }

    void show(Window owner) {
        GridPane libraries = new GridPane();
        libraries.setHgap(16);
        libraries.setVgap(4);
        libraries.setId("aboutLibraries");
        libraries.addRow(0, bold(texts.get("about.library")), bold(texts.get("about.version")), bold(texts.get("about.licence")));
        int row = 1;
        for (String line : libraries().values()) {
            String[] parts = line.split("\\|", 3);
            libraries.addRow(row++, new Label(parts[0]), new Label(parts.length > 1 ? parts[1] : ""),
                    new Label(parts.length > 2 ? parts[2] : ""));
        }
        Label intro = new Label(texts.get("about.text"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", texts.close());
        about.initOwner(owner);
        about.setTitle(texts.get("about.title"));
        about.setHeaderText(texts.format("about.header", Version.current()));
        about.getDialogPane().setContent(new VBox(12, intro, libraries));
        about.getDialogPane().setId("aboutDialog");
        about.show();
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    /** The lines in the order of their numbered keys. */
    static TreeMap<Integer, String> libraries() {
        TreeMap<Integer, String> lines = new TreeMap<>();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/org/rapporteur/ui/libraries.properties")) {
            if (in == null) {
                return lines;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.forEach((k, v) -> lines.put(Integer.parseInt(k.toString()), v.toString()));
        } catch (IOException | NumberFormatException e) {
            return lines;
        }
        return lines;
    }
}
