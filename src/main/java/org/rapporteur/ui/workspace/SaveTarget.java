package org.rapporteur.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the rapporteur saves an exported file; the system's dialog, or a fixed answer in a test. */
interface SaveTarget {

    /**
     * The file chosen, or null when the person cancelled.
     *
     * @param filterName "Word documents (.docx)"
     * @param extension  "docx": added when the name typed has none
     */
    Path choose(Window owner, String title, String filterName, String extension, String suggestedName);

    static SaveTarget system() {
        return (owner, title, filterName, extension, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, List.of("*." + extension)));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return null;
            }
            String name = file.getName();
            return name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + extension);
        };
    }
}
