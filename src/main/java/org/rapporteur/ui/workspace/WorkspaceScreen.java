package org.rapporteur.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.Shell;

/** The live workspace of one meeting, built for the shell: its view model, controller and FXML. */
public final class WorkspaceScreen {
    /** Where exported files go: the system's save dialog; a test puts a fixed answer here. */
    static volatile SaveTarget saveTarget = SaveTarget.system();

    private final Parent root;
    private final ObservableStringValue title;

    private WorkspaceScreen(Parent root, ObservableStringValue title) {
        this.root = root;
        this.title = title;
    }

    public static WorkspaceScreen open(Shell shell, long meetingId) {
        AppContext context = shell.context();
        WorkspaceViewModel model = new WorkspaceViewModel(meetingId, context.meetings(), context.edits(), context.fx(),
                context.timer(), context.texts());
        ExportFiles exports = new ExportFiles(context.reports(), meetingId, context.fx(), context.texts());
        // Asked each time a file is saved, so that a test can put its answer in at any moment.
        SaveTarget asked = (owner, title, filter, extension, suggested) -> saveTarget.choose(owner, title, filter, extension,
                suggested);
        Parent root = shell.load("/fxml/workspace.fxml", new WorkspaceController(model, context.texts(), shell, meetingId,
                exports, asked));
        ObservableStringValue title = Bindings.createStringBinding(() -> model.meetingProperty().get() == null
                        ? context.texts().get("app.title")
                        : context.texts().format("app.titleWithMeeting", model.meetingProperty().get().title()),
                model.meetingProperty());
        return new WorkspaceScreen(root, title);
    }

    public Parent root() {
        return root;
    }

    public ObservableStringValue title() {
        return title;
    }
}
