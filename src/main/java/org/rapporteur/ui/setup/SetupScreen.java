package org.rapporteur.ui.setup;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.Shell;

/**
 * The setup of a meeting, before and between its days: its facts, who attends, its documents, its sessions
 * and agenda items. A new meeting shows only its facts until it is created.
 */
public final class SetupScreen {
    /** Where files to import are asked for; tests in this package put in their own (a headless test cannot drive the OS's). */
    static volatile FilePicker filePicker = FilePicker.system();

    private final Parent root;
    private final SetupViewModel model;

    private SetupScreen(Parent root, SetupViewModel model) {
        this.root = root;
        this.model = model;
    }

    /** Builds the screen for a stored meeting, or for a new one when {@code meetingId} is null. */
    public static SetupScreen open(Shell shell, Long meetingId) {
        AppContext context = shell.context();
        SetupViewModel model = new SetupViewModel(context.meetings(), context.edits(), context.imports(), context.fx(),
                context.texts());
        Parent root = shell.load("/fxml/setup.fxml", new SetupController(model, shell, filePicker));
        model.open(meetingId);
        return new SetupScreen(root, model);
    }

    public Parent root() {
        return root;
    }

    public ObservableStringValue title() {
        return model.windowTitle();
    }
}
