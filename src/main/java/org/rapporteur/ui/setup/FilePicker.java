package org.rapporteur.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person for a list to import: the system's file dialog, or a stand-in in tests. */
@FunctionalInterface
interface FilePicker {

    /**
     * The file chosen, or null when the person cancelled.
     *
     * @param title      the dialog's title
     * @param filterName "Spreadsheets (.xlsx, .csv)"
     */
    Path pick(Window owner, String title, String filterName);

    static FilePicker system() {
        return (owner, title, filterName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, List.of("*.xlsx", "*.csv")));
            File file = chooser.showOpenDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
