package se.tryggve.shared.graphics;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** What the renderers share: the font, the palette, drawing into an image and encoding it as PNG. */
final class Canvas {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color MUTED = new Color(0x6a, 0x6a, 0x6a);
    /**
     * Series colours: dark blue first, then a light orange, a green, a purple — neighbours differ in
     * lightness too, so two series stay apart in greyscale and for colour-blind readers (WCAG 1.4.1; the
     * legend and the alt text carry the names as well).
     */
    static final List<Color> PALETTE = List.of(
            new Color(0x1f, 0x4e, 0x79), new Color(0xf0, 0x9a, 0x3e), new Color(0x3a, 0x7d, 0x44),
            new Color(0x9b, 0x8a, 0xc4), new Color(0x7a, 0x2e, 0x2e), new Color(0x9e, 0xc5, 0xe0));

    /**
     * Liberation Sans, the font the PDFs embed (from the classpath, the same on every server); a logical
     * sans-serif if it cannot be loaded — the PNG is raster, so the PDF stays PDF/A either way.
     */
    static final Font BASE = loadFont();

    private Canvas() {
    }

    private static Font loadFont() {
        try (InputStream in = Canvas.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // fall through to the logical font
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    static Color series(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    static byte[] png(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(BASE.deriveFont(15f));
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // Fast deflate: charts are flat colour, so the file is hardly larger and rendering is quicker.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The text cut to fit {@code max} pixels, with an ellipsis when cut. */
    static String fit(String text, FontMetrics fm, int max) {
        if (fm.stringWidth(text) <= max) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > max) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}; whole numbers at least 1 for counts. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** The upper end of a value axis from zero: a nice step times the number of ticks. */
    static double[] axis(double max, int wantedTicks, boolean wholeNumbers) {
        double step = niceStep(Math.max(max, 0) / wantedTicks);
        if (wholeNumbers) {
            step = Math.max(1, Math.ceil(step));
        }
        double hi = Math.max(step, Math.ceil(max / step) * step);
        return new double[]{step, hi};
    }

    /** The legend row: a swatch and the name of each series, from the left at {@code x}. */
    static void legend(Graphics2D g, List<Series> series, int x, int y, boolean lines) {
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < series.size(); i++) {
            g.setColor(series(i));
            if (lines) {
                g.fillRect(x, y - 6, 22, 4);
            } else {
                g.fillRect(x, y - 11, 14, 14);
            }
            x += lines ? 28 : 20;
            g.setColor(TEXT);
            String name = series.get(i).name();
            g.drawString(name, x, y + 2);
            x += fm.stringWidth(name) + 22;
        }
    }
}
