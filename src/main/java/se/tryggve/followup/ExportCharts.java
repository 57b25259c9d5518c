package se.tryggve.followup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The trend chart of an indicator as a PNG for the DOCX: values as a solid line with dots, targets
 * as a dashed line, missing years left as gaps. Drawn with Java2D at twice its printed size so that
 * it stays sharp on paper.
 */
final class ExportCharts {

    static final int WIDTH = 1200;
    static final int HEIGHT = 560;

    private static final Color VALUE = new Color(0x1F, 0x4E, 0x79);
    private static final Color TARGET = new Color(0xB0, 0x4A, 0x00);
    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    private static final Font BASE = loadFont();

    private ExportCharts() {
    }

    static byte[] png(FollowUpReport.IndicatorSection indicator, ExportTexts texts) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, indicator, texts);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_000);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, FollowUpReport.IndicatorSection indicator, ExportTexts texts) {
        List<FollowUpReport.IndicatorPoint> points = indicator.points();
        int left = 150, right = WIDTH - 40, top = 40, bottom = HEIGHT - 110;
        g.setFont(BASE.deriveFont(26f));
        if (points.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString(texts.msg("followup.export.noValues"), left, (top + bottom) / 2);
            return;
        }
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (FollowUpReport.IndicatorPoint p : points) {
            for (BigDecimal v : new BigDecimal[] {p.value(), p.target()}) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        min = Math.min(0, min);
        if (max <= min) {
            max = min + 1;
        }
        max = niceCeiling(max);
        int n = points.size();
        double step = n == 1 ? 0 : (right - left) / (double) (n - 1);
        double xOffset = n == 1 ? (right - left) / 2.0 : 0;
        // grid and y labels
        for (int i = 0; i <= 4; i++) {
            double v = min + (max - min) * i / 4;
            double y = bottom - (bottom - top) * i / 4.0;
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Color.DARK_GRAY);
            String label = texts.number(BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP));
            g.drawString(label, left - 14 - g.getFontMetrics().stringWidth(label), (float) y + 9);
        }
        for (int i = 0; i < n; i++) {
            String year = String.valueOf(points.get(i).year());
            double x = left + xOffset + step * i;
            g.drawString(year, (float) (x - g.getFontMetrics().stringWidth(year) / 2.0), bottom + 36);
        }
        series(g, points, true, left + xOffset, step, top, bottom, min, max);
        series(g, points, false, left + xOffset, step, top, bottom, min, max);
        // legend
        int ly = HEIGHT - 30;
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(5f));
        g.drawLine(left, ly - 9, left + 50, ly - 9);
        g.setColor(Color.DARK_GRAY);
        g.drawString(texts.msg("followup.export.value"), left + 62, ly);
        g.setColor(TARGET);
        g.setStroke(dashed());
        g.drawLine(left + 320, ly - 9, left + 370, ly - 9);
        g.setColor(Color.DARK_GRAY);
        g.drawString(texts.msg("followup.export.target"), left + 382, ly);
    }

    private static void series(Graphics2D g, List<FollowUpReport.IndicatorPoint> points, boolean values, double x0, double step,
                               int top, int bottom, double min, double max) {
        g.setColor(values ? VALUE : TARGET);
        g.setStroke(values ? new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND) : dashed());
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < points.size(); i++) {
            BigDecimal v = values ? points.get(i).value() : points.get(i).target();
            if (v == null) {
                open = false;
                continue;
            }
            double x = x0 + step * i;
            double y = bottom - (bottom - top) * (v.doubleValue() - min) / (max - min);
            if (open) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                open = true;
            }
            if (values) {
                g.fillOval((int) x - 8, (int) y - 8, 16, 16);
            }
        }
        g.draw(path);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {16f, 10f}, 0f);
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= v) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static Font loadFont() {
        try (InputStream in = ExportCharts.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // fall through to the logical font, which every JDK has
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
