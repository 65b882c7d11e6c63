package org.rapporteur.ui.workspace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The child process of {@link TypingSurvivesAKilledAppTest}: the real app, headless, with a typist at the
 * keyboard. It types a first sentence into a new entry's summary, waits the one second the app promises,
 * says so on stdout, then keeps typing a second sentence, slowly, until it is killed.
 */
public final class KilledTypingApp {
    private KilledTypingApp() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FxRobot robot = new FxRobot();
        new RunningApp(Path.of(args[0])).start();
        Driving.openFirstMeeting(robot);
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.N);
        Driving.waitUntil(() -> robot.lookup("#speaker").queryTextInputControl().isFocused());
        robot.write(args[1]);
        robot.type(KeyCode.TAB);
        Driving.waitUntil(() -> robot.lookup("#summary").queryAs(TextArea.class).isFocused());
        robot.write(args[2]);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        out.println("typed");
        for (char c : args[3].toCharArray()) {
            robot.write(c);
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        out.println("finished");
        Thread.sleep(120_000);
    }
}
