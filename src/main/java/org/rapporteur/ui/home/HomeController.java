package org.rapporteur.ui.home;

import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.controlsfx.control.StatusBar;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;
import org.rapporteur.ui.outline.OutlineNode;

/** The first window: the store's meetings on the left, the selected meeting's outline on the right. */
public final class HomeController {
    private final HomeViewModel model;
    private final UiText texts;

    @FXML
    private ListView<MeetingSummary> meetingList;
    @FXML
    private Button openSample;
    @FXML
    private Label meetingTitle;
    @FXML
    private Label meetingFacts;
    @FXML
    private TreeView<OutlineNode> outline;
    @FXML
    private StatusBar statusBar;

    private final Shell shell;

    @FXML
    private Button openMeeting;
    @FXML
    private javafx.scene.layout.VBox welcome;
    @FXML
    private javafx.scene.layout.GridPane welcomeShortcuts;
    @FXML
    private Button newMeeting;
    @FXML
    private Button restoreBackup;
    @FXML
    private MenuButton languageMenu;
    @FXML
    private Button openShared;
    @FXML
    private Button copyMeeting;
    @FXML
    private Label sharedWhere;
    /** Whether this login may add meetings: always on this laptop's own store; the owner's on a shared one. */
    private final javafx.beans.property.BooleanProperty mayAddMeetings = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The meeting to select once the list is there (the one selected before the language changed); may be null. */
    private final Long selectFirst;

    public HomeController(HomeViewModel model, UiText texts, Shell shell, Long selectFirst) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.selectFirst = selectFirst;
    }

    @FXML
    private void initialize() {
        meetingList.setItems(model.meetings());
        meetingList.setCellFactory(list -> new MeetingCell());
        meetingList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> meetingList.getSelectionModel().select(now));
        // Replacing the list clears the selection; put the model's choice back (the same meeting, a new record).
        model.meetings().addListener((javafx.collections.ListChangeListener<MeetingSummary>) change ->
                meetingList.getSelectionModel().select(model.selectedProperty().get()));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.storeProblemProperty().isEmpty())
                .then(texts.get("home.noMeetings")).otherwise(model.storeProblemProperty()));
        // A store held by another window may be free a minute later: trying again needs no restart.
        Button retry = new Button(texts.get("home.retryStore"));
        retry.setId("retryStore");
        retry.visibleProperty().bind(model.storeProblemProperty().isEmpty().not());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(click -> shell.showHome());
        javafx.scene.layout.VBox empty = new javafx.scene.layout.VBox(10, placeholder, retry);
        empty.setAlignment(javafx.geometry.Pos.CENTER);
        meetingList.setPlaceholder(empty);
        // Nothing can be opened from a store that did not open.
        openSample.disableProperty().bind(model.readyProperty().not().or(mayAddMeetings.not()));
        newMeeting.disableProperty().bind(model.readyProperty().not().or(mayAddMeetings.not()));
        restoreBackup.disableProperty().bind(model.readyProperty().not());
        bindShared();
        openMeeting.disableProperty().bind(model.meetingProperty().isNull());
        meetingList.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                onOpenMeeting();
            }
        });
        meetingList.setOnKeyPressed(key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onOpenMeeting();
            }
        });

        outline.setShowRoot(false);
        outline.setCellFactory(tree -> new OutlineCell());
        model.outlineProperty().addListener((obs, old, now) -> outline.setRoot(now == null ? null : treeOf(now)));
        model.meetingProperty().addListener((obs, old, now) -> showFacts(now));
        statusBar.textProperty().bind(model.statusProperty());
        bindWelcome();
        shell.languageMenu(languageMenu);
        showFacts(null);
        model.start(selectFirst);
    }

    /** The five shortcuts that matter most in the plenary, shown while the store holds no meeting (a first run). */
    static final java.util.List<String> FIRST_SHORTCUTS = java.util.List.of("newEntry", "complete", "finishAndNext",
            "speakers", "report");

    private void bindWelcome() {
        int row = 0;
        for (String key : FIRST_SHORTCUTS) {
            String[] line = texts.get("shortcuts." + key).split("\\|", 2);
            Label keys = new Label(line[0]);
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(line.length > 1 ? line[1] : "");
            what.setWrapText(true);
            welcomeShortcuts.addRow(row++, keys, what);
        }
        var firstRun = Bindings.isEmpty(model.meetings()).and(model.readyProperty());
        welcome.visibleProperty().bind(firstRun);
        welcome.managedProperty().bind(firstRun);
        // "Choose a meeting" says nothing while there is none to choose: the welcome says what to do instead.
        meetingTitle.visibleProperty().bind(firstRun.not());
        meetingTitle.managedProperty().bind(firstRun.not());
    }

    /**
     * A local window opens shared meetings and shares one of its own; a shared meeting's window says where it is and
     * as whom, copies a meeting to this laptop, and keeps no backups of its own (its server does).
     */
    private void bindShared() {
        var address = shell.context().address();
        copyMeeting.disableProperty().bind(model.meetingProperty().isNull());
        if (!address.isShared()) {
            return;
        }
        // Only the owner's login may add a meeting to a shared server; the others are told so by the buttons.
        shell.context().edits().thenAccept(edits -> {
            boolean may = edits.access().setUp();
            shell.context().fx().execute(() -> mayAddMeetings.set(may));
        });
        openShared.setVisible(false);
        openShared.setManaged(false);
        restoreBackup.setVisible(false);
        restoreBackup.setManaged(false);
        copyMeeting.setText(texts.get("home.copyToLaptop"));
        sharedWhere.setText(texts.format("home.sharedWhere", address.shared().where(), address.shared().user()));
        sharedWhere.setVisible(true);
        sharedWhere.setManaged(true);
    }

    @FXML
    private void onOpenShared() {
        new SharedMeetingDialog(texts).show(meetingList.getScene().getWindow(), shell::openSharedWindow);
    }

    @FXML
    private void onCopyMeeting() {
        Meeting chosen = model.meetingProperty().get();
        if (chosen == null) {
            return;
        }
        if (shell.context().address().isShared()) {
            shell.copyToLaptop(chosen.id()).thenAccept(sentence -> model.say(sentence));
        } else {
            new SharedMeetingDialog(texts).show(meetingList.getScene().getWindow(),
                    login -> shell.shareMeeting(chosen.id(), login));
        }
    }

    @FXML
    private void onAbout() {
        new AboutDialog(texts).show(meetingList.getScene().getWindow());
    }

    @FXML
    private void onOpenSample() {
        model.openSample();
    }

    @FXML
    private void onRestoreBackup() {
        new RestoreDialog(texts, shell.context().backups(), shell.context().fx())
                .show(meetingList.getScene().getWindow(), model::showAdded);
    }

    @FXML
    private void onOpenMeeting() {
        Meeting open = model.meetingProperty().get();
        if (open != null) {
            shell.showWorkspace(open.id());
        }
    }

    @FXML
    private void onNewMeeting() {
        shell.showSetup(null);
    }

    private void showFacts(Meeting meeting) {
        if (meeting == null) {
            meetingTitle.setText(texts.get("home.chooseMeeting"));
            meetingFacts.setText("");
            return;
        }
        meetingTitle.setText(meeting.title());
        var f = meeting.facts();
        long states = meeting.presentDelegations().stream().filter(d -> d.kind() == DelegationKind.MEMBER_STATE).count();
        long others = meeting.presentDelegations().size() - states;
        meetingFacts.setText(texts.format("home.facts", texts.date(f.startDate(), FormatStyle.LONG),
                texts.date(f.endDate(), FormatStyle.LONG), nz(f.venue().city()), nz(f.venue().country()),
                states, others, meeting.sessions().size()));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static TreeItem<OutlineNode> treeOf(OutlineNode node) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        item.setExpanded(node.kind() != OutlineNode.Kind.SESSION && node.kind() != OutlineNode.Kind.PART);
        node.children().forEach(child -> item.getChildren().add(treeOf(child)));
        return item;
    }

    private final class MeetingCell extends ListCell<MeetingSummary> {
        MeetingCell() {
            // Two lines, title and when/where; a long title ends in an ellipsis instead of widening the list.
            setPrefWidth(0);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(MeetingSummary meeting, boolean empty) {
            super.updateItem(meeting, empty);
            if (empty || meeting == null) {
                setText(null);
                return;
            }
            setText(texts.format("home.meetingLine", meeting.title(), texts.date(meeting.startDate(), FormatStyle.MEDIUM),
                    nz(meeting.venue().city())));
        }
    }

    private static final class OutlineCell extends javafx.scene.control.TreeCell<OutlineNode> {
        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("outline-day", "outline-session", "outline-part", "outline-item");
            if (empty || node == null) {
                setText(null);
                return;
            }
            setText(node.label());
            getStyleClass().add("outline-" + node.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
