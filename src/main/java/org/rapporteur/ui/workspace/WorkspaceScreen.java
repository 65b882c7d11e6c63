package org.rapporteur.ui.workspace;

import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;

/** The live workspace of one meeting, built for the shell: its view model, controller and FXML. */
public final class WorkspaceScreen {
    /** Where exported files go: the system's save dialog; a test puts a fixed answer here. */
    static volatile SaveTarget saveTarget = SaveTarget.system();

    private final Parent root;
    private final ObservableStringValue title;
    private final WorkspaceController controller;

    /**
     * Where a workspace built again (in another language) picks up: the item open, the entry selected (in the
     * editor when it was being typed), the chair's view as it was shown (a projector must not lose it), and the
     * report window when it was open.
     */
    public record Resume(Long itemId, Long entryId, boolean editing, boolean chairView, boolean chairCompact,
                         boolean chairFullScreen, boolean report) {
        /** A workspace opened afresh: its first session, nothing selected, no other window. */
        public static final Resume START = new Resume(null, null, false, false, false, false, false);
    }

    private WorkspaceScreen(Parent root, ObservableStringValue title, WorkspaceController controller) {
        this.root = root;
        this.title = title;
        this.controller = controller;
    }

    public static WorkspaceScreen open(Shell shell, long meetingId, Resume resume) {
        AppContext context = shell.context();
        UiText texts = context.texts();
        WorkspaceViewModel model = new WorkspaceViewModel(meetingId, context.meetings(), context.edits(), context.fx(),
                context.timer(), texts);
        ExportFiles exports = new ExportFiles(context.reports(), meetingId, context.fx(), texts);
        // Asked each time a file is saved, so that a test can put its answer in at any moment.
        SaveTarget asked = (owner, title, filter, extension, suggested) -> saveTarget.choose(owner, title, filter, extension,
                suggested);
        WorkspaceController controller = new WorkspaceController(model, texts, shell, meetingId, exports, asked, resume);
        Parent root = shell.load("/fxml/workspace.fxml", controller);
        ObservableStringValue title = Bindings.createStringBinding(() -> model.meetingProperty().get() == null
                        ? texts.get("app.title")
                        : texts.format("app.titleWithMeeting", model.meetingProperty().get().title()),
                model.meetingProperty());
        return new WorkspaceScreen(root, title, controller);
    }

    public Parent root() {
        return root;
    }

    public ObservableStringValue title() {
        return title;
    }

    /** Saves the entry being typed and notes where the rapporteur is; completes once the store has it all. */
    public CompletableFuture<Resume> leaving() {
        return controller.leaving();
    }
}
