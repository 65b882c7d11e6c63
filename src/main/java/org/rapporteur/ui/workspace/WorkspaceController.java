package org.rapporteur.ui.workspace;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Access;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.service.DecisionList;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;
import org.rapporteur.ui.outline.OutlineNode;

/**
 * The live workspace: outline on the left, the open item's entries in the middle, the entry being typed
 * below them. Binds nodes to the view model and turns keys into its commands; nothing else.
 */
public final class WorkspaceController {
    private static final javafx.css.PseudoClass OFFLINE = javafx.css.PseudoClass.getPseudoClass("offline");
    private static final KeyCombination NEW_ENTRY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FINISH = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SPEAKER_FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_TO = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_ITEM = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREVIOUS_ITEM = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination FOCUS_OUTLINE = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_ENTRIES = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_EDITOR = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SETUP = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ELECTION = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADOPTION = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALL_DECISIONS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PROPOSAL = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPORT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_SPEAKERS = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkspaceViewModel model;
    private final UiText texts;
    private final Shell shell;
    private final long meetingId;

    @FXML
    private BorderPane root;
    @FXML
    private Label itemHeading;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private TextField searchField;
    @FXML
    private Label savedLabel;
    @FXML
    private Label sharedLabel;
    @FXML
    private Button setup;
    @FXML
    private TreeView<OutlineNode> outline;
    @FXML
    private VBox searchPane;
    @FXML
    private CheckBox speakerOnly;
    @FXML
    private ListView<WorkspaceViewModel.SearchRow> hits;
    @FXML
    private ListView<Entry> entries;
    @FXML
    private ListView<DecisionList.Decision> decisions;
    @FXML
    private GridPane editor;
    @FXML
    private TextField speaker;
    @FXML
    private ComboBox<EntryKind> kind;
    @FXML
    private TextField documents;
    @FXML
    private Label documentWarning;
    @FXML
    private TextField subject;
    @FXML
    private TextArea summary;
    @FXML
    private Label startedAt;
    @FXML
    private Label problem;
    @FXML
    private VBox currentBox;
    @FXML
    private Label currentSpeaker;
    @FXML
    private Label speakingClock;
    @FXML
    private Label speakingRemaining;
    @FXML
    private Button callNextButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button finishButton;
    @FXML
    private ListView<SpeakersViewModel.Row> waitingList;
    @FXML
    private TextField requestField;
    @FXML
    private ComboBox<org.rapporteur.model.FloorRequestKind> requestKind;
    @FXML
    private TextField limitField;
    @FXML
    private CheckBox listClosed;
    @FXML
    private Label speakersProblem;
    @FXML
    private MenuButton languageMenu;
    private SpeakersPane speakersPane;
    private DecisionsPane decisionsPane;
    private ChairView chairView;

    private final ExportFiles exports;
    private final SaveTarget saveTarget;
    private ReportWindow reportWindow;
    private final WorkspaceScreen.Resume resume;

    public WorkspaceController(WorkspaceViewModel model, UiText texts, Shell shell, long meetingId, ExportFiles exports,
                               SaveTarget saveTarget, WorkspaceScreen.Resume resume) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.meetingId = meetingId;
        this.exports = exports;
        this.saveTarget = saveTarget;
        this.resume = resume;
    }

    @FXML
    private void initialize() {
        bindOutline();
        bindEntries();
        bindEditor();
        bindSearch();
        decisionsPane = new DecisionsPane(model, texts, decisions, () -> root.getScene().getWindow());
        speakersPane = new SpeakersPane(model.speakersList(), texts, new SpeakersPane.Nodes(currentBox, currentSpeaker,
                speakingClock, speakingRemaining, callNextButton, pauseButton, finishButton, waitingList, requestField,
                requestKind, limitField, listClosed, speakersProblem));
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                leave();
            }
        });
        savedLabel.textProperty().bind(model.savedProperty());
        sharedLabel.textProperty().bind(model.linkProperty());
        sharedLabel.visibleProperty().bind(model.linkProperty().isEmpty().not());
        sharedLabel.managedProperty().bind(sharedLabel.visibleProperty());
        model.offlineProperty().addListener((o, was, now) -> sharedLabel.pseudoClassStateChanged(OFFLINE, now));
        model.accessProperty().addListener((o, was, now) -> followAccess(now));
        followAccess(model.accessProperty().get());
        problem.textProperty().bind(model.problemProperty());
        itemHeading.textProperty().bind(model.itemHeadingProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        shell.languageMenu(languageMenu);
        model.start(resume.itemId(), resume.entryId(), resume.editing()).thenRun(this::reopenWindows);
    }

    /** Built again in another language: the chair's view and the report come back as they were shown. */
    private void reopenWindows() {
        if (resume.chairView()) {
            onChairView();
            chairView.setCompact(resume.chairCompact());
            chairView.setFullScreen(resume.chairFullScreen());
        }
        if (resume.report()) {
            onReport();
        }
        if (resume.editing() && model.editingProperty().get()) {
            summary.requestFocus();
            summary.end();
        }
    }

    /** Where the rapporteur is, once the entry being typed is saved: for this workspace to be built again. */
    CompletableFuture<WorkspaceScreen.Resume> leaving() {
        Entry selected = model.selectedEntryProperty().get();
        boolean chair = chairView != null && chairView.isShowing();
        WorkspaceScreen.Resume where = new WorkspaceScreen.Resume(model.openItemId(), selected == null ? null : selected.id(),
                model.editingProperty().get(), chair, chair && chairView.isCompact(), chair && chairView.isFullScreen(),
                reportWindow != null && reportWindow.isShowing());
        return model.saveNow().handle((saved, failure) -> where);
    }

    private void bindOutline() {
        outline.setShowRoot(false);
        outline.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(OutlineNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label());
            }
        });
        model.outlineProperty().addListener((o, old, now) -> {
            Long open = model.itemProperty().get() == null ? null : model.itemProperty().get().id();
            outline.setRoot(now == null ? null : tree(now));
            selectInOutline(open);
        });
        outline.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.getValue().itemId() != null) {
                model.selectItem(now.getValue().itemId());
            }
        });
        model.itemProperty().addListener((o, old, now) -> selectInOutline(now == null ? null : now.id()));
    }

    private void selectInOutline(Long itemId) {
        if (itemId == null || outline.getRoot() == null) {
            return;
        }
        find(outline.getRoot(), itemId).ifPresent(found -> {
            if (outline.getSelectionModel().getSelectedItem() != found) {
                outline.getSelectionModel().select(found);
            }
        });
    }

    private static Optional<TreeItem<OutlineNode>> find(TreeItem<OutlineNode> at, long itemId) {
        if (at.getValue() != null && at.getValue().itemId() != null && at.getValue().itemId() == itemId) {
            return Optional.of(at);
        }
        for (TreeItem<OutlineNode> child : at.getChildren()) {
            Optional<TreeItem<OutlineNode>> found = find(child, itemId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static TreeItem<OutlineNode> tree(OutlineNode node) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(tree(child)));
        return item;
    }

    private void bindEntries() {
        entries.setItems(model.entries());
        entries.setPlaceholder(new Label(texts.get("workspace.noEntries")));
        entries.setCellFactory(list -> new EntryCell());
        entries.setFixedCellSize(46);
        entries.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != model.selectedEntryProperty().get()) {
                model.selectedEntryProperty().set(now);
            }
        });
        model.selectedEntryProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            if (entries.getSelectionModel().getSelectedItem() != now) {
                entries.getSelectionModel().select(now);
            }
            // After the new row is laid out; scrolling to a row not yet measured can stop short of it.
            Platform.runLater(() -> {
                int at = entries.getSelectionModel().getSelectedIndex();
                if (at >= 0) {
                    entries.scrollTo(at);
                }
            });
        });
        // A new entry is typed at the bottom of the list: keep it in view.
        model.entries().addListener((javafx.collections.ListChangeListener<Entry>) change -> {
            while (change.next()) {
                if (change.wasAdded() && !change.wasReplaced() && change.getAddedSubList().stream().anyMatch(e -> e.id() == null)) {
                    // Twice: the first pass measures rows of different heights, the second lands on the last one.
                    Platform.runLater(() -> {
                        entries.scrollTo(entries.getItems().size() - 1);
                        Platform.runLater(() -> entries.scrollTo(entries.getItems().size() - 1));
                    });
                }
            }
        });
        entries.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                editSelected();
            }
        });
        entries.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown()) {
                editSelected();
                key.consume();
            } else if (key.getCode() == KeyCode.DELETE) {
                model.deleteSelected();
                key.consume();
            }
        });
    }

    private void editSelected() {
        model.edit(entries.getSelectionModel().getSelectedItem());
        speaker.requestFocus();
    }

    private void bindEditor() {
        speaker.textProperty().bindBidirectional(model.draft.speaker);
        documents.textProperty().bindBidirectional(model.draft.documents);
        subject.textProperty().bindBidirectional(model.draft.subject);
        summary.textProperty().bindBidirectional(model.draft.summary);
        kind.getItems().setAll(EntryKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntryKind k) {
                return k == null ? "" : texts.get("kind." + k.name());
            }

            @Override
            public EntryKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.draft.kind);
        kind.setOnAction(e -> {
            if (kind.isFocused() && kind.getValue() != null) {
                model.chooseKind(kind.getValue());
            }
        });
        // Suggestions only while the field has the focus: a late answer must not pop up over the summary.
        var speakerPopup = TextFields.bindAutoCompletion(speaker, request ->
                speaker.isFocused() ? model.speakerSuggestions(request.getUserText()) : List.of());
        TextFields.bindAutoCompletion(documents, request ->
                documents.isFocused() ? model.documentSuggestions(request.getUserText()) : List.of());
        // Tab completes the speaker and goes to the summary, whether the field or its suggestions have the keys.
        javafx.event.EventHandler<KeyEvent> tabToSummary = key -> {
            if (key.getCode() == KeyCode.TAB && !key.isShiftDown() && !key.isShortcutDown()) {
                speakerPopup.getAutoCompletionPopup().hide();
                model.completeSpeaker();
                key.consume();
                // After the suggestions popup has closed, or it would hand the focus back to the speaker field.
                Platform.runLater(() -> {
                    summary.requestFocus();
                    summary.end();
                });
            }
        };
        speaker.addEventFilter(KeyEvent.KEY_PRESSED, tabToSummary);
        speakerPopup.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, tabToSummary);
        documentWarning.textProperty().bind(model.documentWarningProperty());
        documentWarning.visibleProperty().bind(model.documentWarningProperty().isNotEmpty());
        documentWarning.managedProperty().bind(documentWarning.visibleProperty());
        editor.disableProperty().bind(model.editingProperty().not().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.accessProperty().get().log(), model.accessProperty())));
        startedAt.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                !model.editingProperty().get() ? texts.get("workspace.notEditing")
                        : model.draft.startedAt.get() == null ? ""
                        : texts.format("workspace.startedAt", CLOCK.format(model.draft.startedAt.get())),
                model.draft.startedAt, model.editingProperty()));
    }

    private void bindSearch() {
        hits.setItems(model.hits());
        hits.setPlaceholder(new Label(texts.get("workspace.noHits")));
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WorkspaceViewModel.SearchRow row, boolean empty) {
                super.updateItem(row, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || row == null ? null : texts.format("workspace.hitLine", row.where(), row.speaker())
                        + "\n" + row.hit().snippet());
            }
        });
        searchField.setOnAction(e -> runSearch());
        speakerOnly.setOnAction(e -> runSearch());
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                closeSearch();
                key.consume();
            } else if (key.getCode() == KeyCode.DOWN) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                key.consume();
            }
        });
        hits.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                model.jumpTo(hits.getSelectionModel().getSelectedItem());
                entries.requestFocus();
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                closeSearch();
            }
        });
        hits.setOnMouseClicked(click -> model.jumpTo(hits.getSelectionModel().getSelectedItem()));
    }

    private void runSearch() {
        showSearch(true);
        model.search(searchField.getText(), speakerOnly.isSelected());
    }

    private void closeSearch() {
        showSearch(false);
        model.hits().clear();
        entries.requestFocus();
    }

    private void showSearch(boolean shown) {
        searchPane.setVisible(shown);
        searchPane.setManaged(shown);
    }

    /**
     * A shared meeting's login changes only what its server grants (the server refuses the rest anyway): the chair's
     * window reads, the secretariat's keeps the list and the log, the rapporteur's the log and the decisions.
     */
    private void followAccess(Access access) {
        callNextButton.getParent().setDisable(!access.speakers());
        requestField.getParent().setDisable(!access.speakers());
        limitField.getParent().setDisable(!access.speakers());
        waitingList.setDisable(!access.speakers());
        decisions.setDisable(!access.decisions());
        setup.setDisable(!access.setUp());
    }

    private void onKey(KeyEvent key) {
        Access access = model.accessProperty().get();
        if (((key.getCode() == KeyCode.F9 || key.getCode() == KeyCode.F8 || FOCUS_SPEAKERS.match(key)) && !access.speakers())
                || ((NEW_ENTRY.match(key) || FINISH.match(key)) && !access.log())) {
            key.consume();
            return;     // not this login's to change (a chair's, a rapporteur's list)
        }
        boolean inText = key.getTarget() instanceof TextInputControl;
        if ((MOVE_UP.match(key) || MOVE_DOWN.match(key)) && waitingList.isFocused()) {
            return;     // the speakers list moves its own requests
        }
        if (key.getCode() == KeyCode.F9) {
            onCallNext();
        } else if (key.getCode() == KeyCode.F8) {
            onPauseSpeaker();
        } else if (key.getCode() == KeyCode.F7) {
            onChairView();
        } else if (FOCUS_SPEAKERS.match(key)) {
            requestField.requestFocus();
        } else if (NEW_ENTRY.match(key)) {
            model.newEntry();
            focusSpeakerSoon();
        } else if (FINISH.match(key)) {
            model.finishAndNext();
            focusSpeakerSoon();
        } else if (SPEAKER_FILTER.match(key)) {
            String who = model.draft.speaker.get().isBlank() ? searchField.getText() : model.draft.speaker.get();
            searchField.setText(who);
            speakerOnly.setSelected(true);
            runSearch();
        } else if (SEARCH.match(key)) {
            searchField.requestFocus();
            searchField.selectAll();
        } else if (MOVE_UP.match(key)) {
            model.moveSelected(-1);
        } else if (MOVE_DOWN.match(key)) {
            model.moveSelected(1);
        } else if (MOVE_TO.match(key)) {
            chooseItemToMoveTo();
        } else if (UNDO.match(key) && !inText) {
            model.undo();
        } else if (REDO.match(key) && !inText) {
            model.redo();
        } else if (NEXT_ITEM.match(key)) {
            stepItem(1);
        } else if (PREVIOUS_ITEM.match(key)) {
            stepItem(-1);
        } else if (FOCUS_OUTLINE.match(key)) {
            outline.requestFocus();
        } else if (FOCUS_ENTRIES.match(key)) {
            entries.requestFocus();
        } else if (FOCUS_EDITOR.match(key)) {
            summary.requestFocus();
        } else if (SETUP.match(key)) {
            onSetup();
        } else if (ALL_DECISIONS.match(key)) {
            decisionsPane.showAll();
        } else if (ELECTION.match(key)) {
            decisionsPane.recordElection();
        } else if (ADOPTION.match(key)) {
            decisionsPane.recordAdoption();
        } else if (REPORT.match(key)) {
            onReport();
        } else if (PROPOSAL.match(key)) {
            decisionsPane.recordProposal();
        } else if (key.getCode() == KeyCode.F1) {
            new CheatSheet(texts).show(root.getScene().getWindow());
        } else {
            return;
        }
        key.consume();
    }

    /** Focus moves once the editor is enabled for the new entry (the same pulse would find it disabled). */
    private void focusSpeakerSoon() {
        Platform.runLater(() -> {
            speaker.requestFocus();
            speaker.selectAll();
        });
    }

    private void stepItem(int by) {
        List<Long> order = model.meetingProperty().get().items().map(AgendaItem::id).toList();
        AgendaItem open = model.itemProperty().get();
        int at = open == null ? -1 : order.indexOf(open.id());
        int next = at + by;
        if (next >= 0 && next < order.size()) {
            model.selectItem(order.get(next));
        }
    }

    private void chooseItemToMoveTo() {
        List<ItemChoice> choices = new ArrayList<>();
        collectItems(model.outlineProperty().get(), "", choices);
        if (choices.isEmpty() || model.selectedEntryProperty().get() == null) {
            return;
        }
        ChoiceDialog<ItemChoice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(texts.get("workspace.moveTo"));
        dialog.setHeaderText(texts.get("workspace.moveToHeader"));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(choice -> model.moveSelectedTo(choice.itemId()));
    }

    private record ItemChoice(long itemId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static void collectItems(OutlineNode node, String path, List<ItemChoice> into) {
        if (node == null) {
            return;
        }
        String here = node.kind() == OutlineNode.Kind.MEETING ? "" : (path.isEmpty() ? node.label() : path + " \u203a " + node.label());
        if (node.itemId() != null) {
            into.add(new ItemChoice(node.itemId(), here));
        }
        node.children().forEach(child -> collectItems(child, node.kind() == OutlineNode.Kind.DAY ? "" : here, into));
    }

    @FXML
    private void onBack() {
        shell.showHome();
    }

    /** The screen is gone: it stops listening to the store, its clock stops, and its other windows close. */
    private void leave() {
        model.close();
        speakersPane.stop();
        if (chairView != null) {
            chairView.close();
        }
        if (reportWindow != null) {
            reportWindow.close();
        }
    }

    @FXML
    private void onCallNext() {
        model.callNextSpeaker().thenAccept(opened -> {
            if (opened) {
                summary.requestFocus();
                summary.positionCaret(summary.getLength());
            }
        });
    }

    @FXML
    private void onPauseSpeaker() {
        model.speakersList().pauseOrResume();
    }

    @FXML
    private void onFinishSpeaker() {
        model.speakersList().finishSpeaker();
    }

    /** The chair's window: a second screen or a projector; the same list, read-only, in large type. */
    @FXML
    private void onChairView() {
        if (chairView == null) {
            chairView = new ChairView(model.speakersList(), texts, shell);
        }
        chairView.show(root.getScene().getWindow());
    }

    /** The report as it will be exported, its draft check, and the export itself (Ctrl+R). */
    @FXML
    private void onReport() {
        if (reportWindow == null) {
            reportWindow = new ReportWindow(new ReportViewModel(exports, model, texts, shell.context().fx(),
                    shell.context().timer()), texts, shell, saveTarget);
        }
        reportWindow.show();
    }

    @FXML
    private void onStatistics() {
        new StatisticsDialog(texts, model, exports, saveTarget).show(root.getScene().getWindow());
    }

    @FXML
    private void onSetup() {
        shell.showSetup(meetingId);
    }

    @FXML
    private void onUndo() {
        model.undo();
    }

    @FXML
    private void onRedo() {
        model.redo();
    }

    /** An entry in the list: its time, speaker, kind and documents, then the start of its summary. */
    private final class EntryCell extends ListCell<Entry> {
        private final Label head = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, head, text);

        EntryCell() {
            getStyleClass().add("entry-cell");
            head.getStyleClass().add("entry-head");
            text.getStyleClass().add("entry-text");
            // One line of summary each: rows of equal height let the list scroll exactly to the newest entry.
            text.setWrapText(false);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("draft");
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            if (entry.id() == null || entry == model.selectedEntryProperty().get() && model.editingProperty().get()) {
                getStyleClass().add("draft");
            }
            String who = model.speakerOf(entry);
            String kindText = texts.get("kind." + entry.kind().name());
            String docs = model.documentsOf(entry);
            String time = entry.startedAt() == null ? "" : CLOCK.format(entry.startedAt()) + "  ";
            head.setText(time + (docs.isEmpty() ? texts.format("workspace.entryLine", who.isEmpty() ? "\u2026" : who, kindText)
                    : texts.format("workspace.entryLineWithDocuments", who.isEmpty() ? "\u2026" : who, kindText, docs)));
            text.setText(entry.summary() == null ? "" : entry.summary());
            setGraphic(box);
        }
    }
}
