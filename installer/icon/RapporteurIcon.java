import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application's icon — a report page with a speech bubble on a blue tile — and writes it in
 * the forms the three desktops want: PNGs for Linux, an .ico for Windows, an .icns for macOS.
 * It is drawn as shapes at each size (not scaled from one bitmap), so the small sizes stay sharp.
 *
 * <p>Run from the project folder: {@code java installer/icon/RapporteurIcon.java installer/icons}
 * (Java 21+, headless is fine). The output is committed; run it again only to change the drawing.
 */
public final class RapporteurIcon {
    private static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 32, 48, 64, 128, 256};
    /** macOS icns element types holding PNG data, by pixel size. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(out);
        for (int size : PNG_SIZES) {
            ImageIO.write(draw(size), "png", out.resolve("rapporteur-" + size + ".png").toFile());
        }
        Files.write(out.resolve("rapporteur.ico"), ico());
        Files.write(out.resolve("rapporteur.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0); // drawn on a 64-unit grid

        // The tile: a deep blue, lighter at the top, with the rounded corners desktops expect.
        g.setPaint(new GradientPaint(0, 2, new Color(0x2E75B6), 0, 62, new Color(0x1B3F6B)));
        g.fill(new RoundRectangle2D.Double(2, 2, 60, 60, 14, 14));

        // The report: a white page with a folded corner and lines of text.
        Path2D page = new Path2D.Double();
        page.moveTo(15, 10);
        page.lineTo(39, 10);
        page.lineTo(49, 20);
        page.lineTo(49, 54);
        page.lineTo(15, 54);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(39, 10);
        fold.lineTo(39, 20);
        fold.lineTo(49, 20);
        fold.closePath();
        g.setColor(new Color(0xC9D6E6));
        g.fill(fold);
        g.setColor(new Color(0x1B3F6B));
        g.setStroke(new BasicStroke(size >= 32 ? 2.6f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (size >= 32) {
            g.drawLine(20, 19, 33, 19);
            g.drawLine(20, 26, 43, 26);
            g.drawLine(20, 33, 43, 33);
            g.drawLine(20, 40, 31, 40);
        } else { // at 16 px four lines merge into grey; two read as text
            g.drawLine(20, 24, 42, 24);
            g.drawLine(20, 35, 36, 35);
        }

        // Someone has the floor: an amber speech bubble over the page's lower right corner.
        Path2D bubble = new Path2D.Double();
        bubble.append(new RoundRectangle2D.Double(34, 36, 24, 17, 9, 9), false);
        bubble.moveTo(39, 51);
        bubble.lineTo(36, 59);
        bubble.lineTo(46, 52);
        bubble.closePath();
        g.setColor(new Color(0x1B3F6B));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bubble);
        g.setColor(new Color(0xF2A900));
        g.fill(bubble);
        if (size >= 32) {
            g.setColor(new Color(0x1B3F6B));
            for (int i = 0; i < 3; i++) {
                g.fill(new java.awt.geom.Ellipse2D.Double(39.5 + i * 5.5, 43, 3.4, 3.4));
            }
        }
        g.dispose();
        return image;
    }

    /** A Windows icon holding one PNG per size (the format Windows reads since Vista). */
    static byte[] ico() throws IOException {
        byte[][] pngs = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            pngs[i] = png(draw(ICO_SIZES[i]));
        }
        int headerSize = 6 + 16 * pngs.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) pngs.length);
        int offset = headerSize;
        for (int i = 0; i < pngs.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            header.put((byte) 0).put((byte) 0);                  // no palette, reserved
            header.putShort((short) 1).putShort((short) 32);     // colour planes, bits per pixel
            header.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] png : pngs) {
            out.write(png);
        }
        return out.toByteArray();
    }

    /** A macOS icon: the "icns" container with one PNG element per size. */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] png = png(draw(type.getValue()));
            data.writeBytes(type.getKey());
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + elements.size());
        elements.writeTo((OutputStream) file);
        file.flush();
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
