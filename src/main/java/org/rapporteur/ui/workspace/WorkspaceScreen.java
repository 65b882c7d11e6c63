package org.rapporteur.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.Shell;

/** The live workspace of one meeting, built for the shell: its view model, controller and FXML. */
public final class WorkspaceScreen {
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
        Parent root = shell.load("/fxml/workspace.fxml", new WorkspaceController(model, context.texts(), shell, meetingId));
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
