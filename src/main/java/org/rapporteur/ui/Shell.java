package org.rapporteur.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.rapporteur.ui.home.HomeController;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.home.HomeViewModel;
import org.rapporteur.ui.setup.SetupScreen;
import org.rapporteur.ui.workspace.WorkspaceScreen;

/**
 * The main window and the screens it shows: the list of meetings, a meeting's setup, the live workspace.
 * One scene; switching screens swaps its root, so the window keeps its size and place. Choosing another
 * language builds the screen shown again in it, where it was (see ADR 0010).
 */
public final class Shell {
    private static final Logger LOG = Logger.getLogger(Shell.class.getName());
    private static final KeyCombination DARK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final AppContext context;
    private final Scene scene;
    private boolean dark;
    /**
     * How the screen shown gets ready to be built again (its typing saved, where it was noted), answering with
     * the way to build it again; set by every screen shown.
     */
    private Supplier<CompletableFuture<Runnable>> again = () -> CompletableFuture.completedFuture(this::showHome);
    private boolean switching;

    public Shell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        // The theme's precompiled form: parsing its 165 KB of CSS took a third of a second of every start.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        // As large as is comfortable, but never larger than the screen (a 1366x768 laptop is common in plenaries).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new javafx.scene.layout.StackPane(), Math.min(1280, screen.getWidth()),
                Math.min(800, screen.getHeight() - 30));
        scene.getStylesheets().add(Shell.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(DARK, this::toggleDark);
        scene.getAccelerators().put(LANGUAGE, this::openLanguageMenu);
        useDefaultLocale();
        stage.setScene(scene);
        stage.getIcons().setAll(windowIcons());
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
    }

    /** The icon in each size a desktop may ask for (title bar, task bar, switcher); 512 px is left to the installers. */
    static List<Image> windowIcons() {
        return Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> new Image(Shell.class.getResource("icons/rapporteur-" + size + ".png").toExternalForm()))
                .toList();
    }

    public AppContext context() {
        return context;
    }

    /**
     * Tries {@code login} and, once it opens, shows its shared meeting in a window of its own beside this one, with
     * this laptop's store folder for the edits kept while its server is away. Answers on the FX thread with the
     * sentence of a refusal, empty when the window is open. Closing that window closes its connections (off the FX
     * thread).
     */
    public CompletableFuture<java.util.Optional<String>> openSharedWindow(org.rapporteur.model.SharedLogin login) {
        return openShared(login, shared -> shared.backend());
    }

    /**
     * Copies this window's meeting {@code meetingId} to the shared meeting server {@code login} names (checked there,
     * see MeetingService.copyInto), then shows it in a window of its own. Answers like {@link #openSharedWindow}.
     */
    public CompletableFuture<java.util.Optional<String>> shareMeeting(long meetingId, org.rapporteur.model.SharedLogin login) {
        return openShared(login, shared -> context.meetings()
                .thenCombine(shared.meetings(), (here, there) -> here.copyInto(meetingId, there))
                .thenCompose(copied -> copied));
    }

    /** Opens {@code login}'s shared meeting, does {@code first} there, and shows its window once both went well. */
    private CompletableFuture<java.util.Optional<String>> openShared(org.rapporteur.model.SharedLogin login,
                                                                     Function<AppContext, CompletableFuture<?>> first) {
        AppContext shared = context.sibling(org.rapporteur.model.StoreAddress.shared(context.storeFolder(), login));
        CompletableFuture<java.util.Optional<String>> answer = new CompletableFuture<>();
        first.apply(shared).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                answer.complete(java.util.Optional.of(Problems.sentence(failure, context.texts().locale())));
                closeInBackground(shared);
                return;
            }
            showShared(shared);
            answer.complete(java.util.Optional.empty());
        }, context.fx());
        return answer;
    }

    /**
     * Copies this shared window's meeting {@code meetingId} into this laptop's own store (checked, see
     * MeetingService.copyInto); answers on the FX thread with the sentence to say.
     */
    public CompletableFuture<String> copyToLaptop(long meetingId) {
        AppContext laptop = context.sibling(org.rapporteur.model.StoreAddress.local(context.storeFolder()));
        return context.meetings().thenCombine(laptop.meetings(), (here, there) -> here.copyInto(meetingId, there))
                .thenCompose(copied -> copied)
                .handleAsync((copyId, failure) -> {
                    closeInBackground(laptop);
                    return failure != null ? Problems.sentence(failure, context.texts().locale())
                            : context.texts().format("home.copiedToLaptop", context.storeFolder().toString());
                }, context.fx());
    }

    private void showShared(AppContext shared) {
        Stage window = new Stage();
        window.setOnHidden(closed -> closeInBackground(shared));
        UnexpectedProblems.catchOn(shared.texts(), window);
        new Shell(window, shared).showHome();
    }

    private static void closeInBackground(AppContext context) {
        Thread closing = new Thread(context::close, "rapporteur-closing-shared");
        closing.setDaemon(false);
        closing.start();
    }

    public Scene scene() {
        return scene;
    }

    /** Shows the list of meetings; the answer turns true once the store is open and its meetings are listed. */
    public ReadOnlyBooleanProperty showHome() {
        return showHome(null);
    }

    /** The list of meetings, with {@code meetingId}'s selected once it is listed (null: none). */
    private ReadOnlyBooleanProperty showHome(Long meetingId) {
        UiText texts = context.texts();
        HomeViewModel home = new HomeViewModel(context.meetings(), context.fx(), texts);
        show(load("/fxml/home.fxml", new HomeController(home, texts, this, meetingId)),
                Bindings.createStringBinding(() -> home.meetingProperty().get() == null
                        ? texts.get("app.title")
                        : texts.format("app.titleWithMeeting", home.meetingProperty().get().title()),
                        home.meetingProperty()));
        again = () -> {
            Long selected = home.meetingProperty().get() == null ? null : home.meetingProperty().get().id();
            return CompletableFuture.completedFuture(() -> showHome(selected));
        };
        return home.readyProperty();
    }

    public void showWorkspace(long meetingId) {
        showWorkspace(meetingId, WorkspaceScreen.Resume.START);
    }

    private void showWorkspace(long meetingId, WorkspaceScreen.Resume resume) {
        WorkspaceScreen screen = WorkspaceScreen.open(this, meetingId, resume);
        show(screen.root(), screen.title());
        again = () -> screen.leaving().thenApply(where -> () -> showWorkspace(meetingId, where));
    }

    /** The setup of a meeting; {@code meetingId} null sets up a new one. */
    public void showSetup(Long meetingId) {
        showSetup(SetupScreen.Resume.of(meetingId));
    }

    private void showSetup(SetupScreen.Resume resume) {
        SetupScreen screen = SetupScreen.open(this, resume);
        show(screen.root(), screen.title());
        again = () -> screen.leaving().thenApply(where -> () -> showSetup(where));
    }

    /**
     * Speaks {@code language} from now on: the screen shown saves what is being typed, and is built again in the
     * new language where it was — the same meeting, item, entry, tab. The choice is saved for the next start.
     */
    public void useLanguage(UiLanguage language) {
        if (language == context.language() || switching) {
            return;
        }
        switching = true;
        Parent leaving = scene.getRoot();
        CompletableFuture<Runnable> ready;
        try {
            ready = again.get();
        } catch (RuntimeException e) {
            ready = CompletableFuture.failedFuture(e);
        }
        ready.handleAsync((rebuild, failure) -> {
            switching = false;
            context.useLanguage(language).whenCompleteAsync((saved, notSaved) -> {
                if (notSaved != null) {
                    LOG.log(Level.WARNING, "The language could not be saved", notSaved);
                    sayNotSaved(notSaved);
                }
            }, context.fx());
            useDefaultLocale();
            if (failure != null) {
                // The screen could not say where it was: the meetings, in the new language, rather than a screen in two.
                LOG.log(Level.WARNING, "The screen could not get ready to be built again", failure);
                showHome();
            } else if (scene.getRoot() == leaving) {
                rebuild.run();
            } else {
                // The person went on to another screen meanwhile: that one, in the new language.
                again.get().thenAcceptAsync(Runnable::run, context.fx());
            }
            return null;
        }, context.fx()).exceptionally(e -> {
            LOG.log(Level.WARNING, "The screen could not be built again in " + language, e);
            return null;
        });
    }

    /** Fills a screen's language chooser: the four languages, each in its own name, the one spoken ticked. */
    public void languageMenu(MenuButton menu) {
        LanguageMenu.fill(menu, context.language(), context.texts(), this::useLanguage);
    }

    /** Ctrl+Shift+L: the chooser of the screen shown opens, the keyboard in it. */
    private void openLanguageMenu() {
        Node found = scene.lookup("#" + LanguageMenu.ID);
        if (found instanceof MenuButton menu && !menu.isDisabled()) {
            menu.requestFocus();
            menu.show();
        }
    }

    /**
     * JavaFX words its own controls (a text field's context menu, a date picker's months) in the JVM's default
     * locale: it follows the language chosen. Our bundles never fall back to it, so it cannot override the choice.
     */
    private void useDefaultLocale() {
        Locale.setDefault(context.texts().locale());
    }

    private void sayNotSaved(Throwable failure) {
        UiText now = context.texts();
        Alert alert = new Alert(Alert.AlertType.WARNING, now.format("language.notSaved",
                Problems.sentence(failure, now.locale())), now.close());
        alert.initOwner(stage);
        alert.setTitle(now.get("language.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    /** Builds a screen from its FXML with the one controller it declares; any other controller is an error. */
    public Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(Shell.class.getResource(fxml), context.texts().bundle());
        Function<Class<?>, Object> only = type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException(fxml + " asks for a " + type.getName() + ", but this screen's controller is a "
                    + controller.getClass().getName());
        };
        loader.setControllerFactory(only::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The screen " + fxml + " could not be built", e);
        }
    }

    private void show(Parent root, ObservableStringValue title) {
        scene.setRoot(root);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(title);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    private void toggleDark() {
        dark = !dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
