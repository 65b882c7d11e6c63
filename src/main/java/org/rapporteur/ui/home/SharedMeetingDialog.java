package org.rapporteur.ui.home;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.ui.UiText;

/**
 * "Open shared meeting…": the server, the meeting's database, the login and its password, and the certificate of
 * the authority that signed the server's (what the secretariat hands out, docs/shared-meeting.md). With a
 * certificate the connection is encrypted and the server checked ({@code sslmode=verify-full}). The login is tried
 * before the dialog closes; a refusal is said in it, with the fields as they were. The password is kept nowhere.
 */
final class SharedMeetingDialog {
    private final UiText texts;

    SharedMeetingDialog(UiText texts) {
        this.texts = texts;
    }

    /**
     * Shows the dialog. {@code tryLogin} is asked, off the FX thread by its own doing, whether a login opens; it
     * answers a future with the sentence of the refusal, empty when it opened.
     */
    void show(Window owner, Function<SharedLogin, java.util.concurrent.CompletableFuture<Optional<String>>> tryLogin) {
        TextField server = field("sharedServer", "shared.serverPrompt");
        TextField database = field("sharedDatabase", "shared.databasePrompt");
        TextField user = field("sharedUser", "shared.userPrompt");
        PasswordField password = new PasswordField();
        password.setId("sharedPassword");
        TextField certificate = field("sharedCertificate", "shared.certificatePrompt");
        Button browse = new Button(texts.get("shared.browse"));
        browse.setOnAction(click -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.get("shared.certificateTitle"));
            var file = chooser.showOpenDialog(owner);
            if (file != null) {
                certificate.setText(file.getAbsolutePath());
            }
        });
        HBox.setHgrow(certificate, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("shared.server", server), server);
        grid.addRow(1, label("shared.database", database), database);
        grid.addRow(2, label("shared.user", user), user);
        grid.addRow(3, label("shared.password", password), password);
        grid.addRow(4, label("shared.certificate", certificate), new HBox(6, certificate, browse));
        Label intro = new Label(texts.get("shared.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Label status = new Label();
        status.setId("sharedStatus");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.getStyleClass().add("problem");

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("shared.title"));
        dialog.setHeaderText(texts.get("shared.header"));
        ButtonType open = new ButtonType(texts.get("shared.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().setId("sharedDialog");
        dialog.getDialogPane().setContent(new VBox(12, intro, grid, status));
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("sharedOpen");
        openButton.disableProperty().bind(server.textProperty().isEmpty().or(database.textProperty().isEmpty())
                .or(user.textProperty().isEmpty()));
        // The login is tried first: the dialog closes only once it opened.
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, click -> {
            click.consume();
            SharedLogin login = new SharedLogin(url(server.getText(), database.getText(), certificate.getText()),
                    user.getText().strip(), password.getText());
            status.setText(texts.format("shared.connecting", login.where()));
            openButton.disableProperty().unbind();
            openButton.setDisable(true);
            tryLogin.apply(login).whenComplete((refusal, failure) -> javafx.application.Platform.runLater(() -> {
                openButton.setDisable(false);
                if (failure == null && refusal.isEmpty()) {
                    dialog.close();
                } else {
                    status.setText(failure != null ? String.valueOf(failure.getMessage()) : refusal.get());
                }
            }));
        });
        dialog.setOnShown(shown -> server.requestFocus());
        dialog.show();
    }

    /**
     * The JDBC URL of a server ("host" or "host:port"), a database and, when given, the authority's certificate,
     * with which the server is checked (verify-full).
     */
    static String url(String server, String database, String certificate) {
        String url = "jdbc:postgresql://" + server.strip() + "/" + database.strip();
        if (certificate != null && !certificate.isBlank()) {
            url += "?sslmode=verify-full&sslrootcert="
                    + URLEncoder.encode(Path.of(certificate.strip()).toAbsolutePath().toString(), StandardCharsets.UTF_8);
        }
        return url;
    }

    private TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(texts.get(prompt));
        field.setPrefColumnCount(28);
        return field;
    }

    private Label label(String key, javafx.scene.Node forField) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(forField);
        label.setMnemonicParsing(true);
        return label;
    }
}
