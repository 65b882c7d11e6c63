package org.rapporteur.ui.setup;

import java.util.concurrent.CompletableFuture;
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
    private final SetupController controller;

    /**
     * Where a setup built again (in another language) picks up: the meeting and the tab shown, and — for a new
     * meeting not created yet — the form as it was typed.
     */
    public record Resume(Long meetingId, int tab, SetupViewModel typed) {
        /** A meeting's setup opened afresh on its first tab; null: a new meeting. */
        public static Resume of(Long meetingId) {
            return new Resume(meetingId, 0, null);
        }
    }

    private SetupScreen(Parent root, SetupViewModel model, SetupController controller) {
        this.root = root;
        this.model = model;
        this.controller = controller;
    }

    /** Builds the screen for a stored meeting, or for a new one when the meeting's id is null. */
    public static SetupScreen open(Shell shell, Resume resume) {
        AppContext context = shell.context();
        SetupViewModel model = new SetupViewModel(context.meetings(), context.edits(), context.imports(), context.fx(),
                context.texts());
        SetupController controller = new SetupController(model, shell, filePicker);
        Parent root = shell.load("/fxml/setup.fxml", controller);
        if (resume.typed() != null && resume.meetingId() == null) {
            model.takeFormOf(resume.typed());
        }
        model.open(resume.meetingId());
        controller.showTab(resume.tab());
        return new SetupScreen(root, model, controller);
    }

    public Parent root() {
        return root;
    }

    public ObservableStringValue title() {
        return model.windowTitle();
    }

    /** Writes what is pending and notes where the person is; completes once the store has it. */
    public CompletableFuture<Resume> leaving() {
        return controller.leaving();
    }
}
