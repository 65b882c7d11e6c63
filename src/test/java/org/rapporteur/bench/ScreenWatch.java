package org.rapporteur.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;

/**
 * Watches the (virtual) screen for a window being painted, the same way for every program: a thin strip across the
 * middle of the screen is read every few milliseconds, and a window counts as shown once most of the strip is no
 * longer the black of the empty screen. The strip is a few thousand pixels, so watching costs the X server and the
 * programs measured next to nothing.
 */
final class ScreenWatch {
    private static final int STRIP_HEIGHT = 2;
    private static final double PAINTED_SHARE = 0.4;

    private final Robot robot;
    private final Rectangle strip;

    private ScreenWatch(Robot robot, Rectangle strip) {
        this.robot = robot;
        this.strip = strip;
    }

    /** A watch on the display in $DISPLAY; fails when there is none. */
    static ScreenWatch onDisplay() throws AWTException {
        var size = Toolkit.getDefaultToolkit().getScreenSize();
        return new ScreenWatch(new Robot(), new Rectangle(0, size.height / 2, size.width, STRIP_HEIGHT));
    }

    /** The share of the strip that is painted (not black), 0 to 1. */
    double paintedShare() {
        BufferedImage image = robot.createScreenCapture(strip);
        int painted = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0) {
                    painted++;
                }
            }
        }
        return all == 0 ? 0 : (double) painted / all;
    }

    /** Waits until a window is painted; answers System.nanoTime() of the first look that saw it, or -1 at the deadline. */
    long awaitPainted(long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            long looked = System.nanoTime();
            if (paintedShare() >= PAINTED_SHARE) {
                return looked;
            }
            Thread.sleep(4);
        }
        return -1;
    }

    /** Waits until the screen is empty again (the last window gone); false at the deadline. */
    boolean awaitEmpty(long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            if (paintedShare() < 0.01) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
