package se.tryggve.followup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.followup.FollowUpReport.IndicatorSection;

/**
 * The trend chart of an indicator as a PNG, drawn with Java2D in Liberation Sans from the classpath so
 * that it looks the same on every server: the values as a line with a gap and a "saknas" marker where a
 * year is missing (a missing value is never drawn as zero), the targets as a dashed line. The alt text
 * states the same values in words, for screen readers (WCAG 1.1.1) and for PDF/UA.
 */
@Component
public class ReportCharts {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 360;

    private static final Color VALUE = new Color(0x1f, 0x4e, 0x79);
    private static final Color TARGET = new Color(0xa0, 0x4a, 0x00);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MISSING = new Color(0x6a, 0x6a, 0x6a);
    private static final Font BASE = loadFont();

    private static final int CACHED_CHARTS = 200;

    private final MessageSource messages;
    private final Map<IndicatorSection, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IndicatorSection, byte[]> eldest) {
            return size() > CACHED_CHARTS;
        }
    };

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    private static Font loadFont() {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Liberation Sans is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, FollowUpReports.SWEDISH);
    }

    static String number(BigDecimal v) {
        return ReportFormat.SWEDISH.number(v);
    }

    /** The chart's content in words: every year's value (or that it is missing and why) and the targets. */
    public String altText(IndicatorSection s) {
        List<String> parts = new ArrayList<>();
        for (IndicatorPoint p : s.points()) {
            String v = p.missing()
                    ? msg("followup.report.chart.missingYear", String.valueOf(p.year()), p.missingReason() == null ? "" : p.missingReason())
                    : msg("followup.report.chart.valueYear", String.valueOf(p.year()), number(p.value()));
            if (p.target() != null) {
                v = v + " " + msg("followup.report.chart.targetYear", number(p.target()));
            }
            parts.add(v);
        }
        String unit = s.unit() == null ? "" : " (" + s.unit() + ")";
        if (parts.isEmpty()) {
            return msg("followup.report.chart.altEmpty", s.name() + unit);
        }
        return msg("followup.report.chart.alt", s.name() + unit, String.join("; ", parts));
    }

    /**
     * The chart as PNG bytes, {@value #WIDTH}×{@value #HEIGHT} pixels. Charts are kept by their data (a
     * section is a value), so the preview, the PDF and the DOCX of the same report draw each chart once.
     */
    public byte[] trendPng(IndicatorSection s) {
        synchronized (cache) {
            byte[] hit = cache.get(s);
            if (hit != null) {
                return hit;
            }
        }
        byte[] png = render(s);
        synchronized (cache) {
            cache.put(s, png);
        }
        return png;
    }

    /** Draws the chart (uncached). */
    byte[] render(IndicatorSection s) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, s);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // Fast deflate: a chart is mostly flat colour, so the file is hardly larger, and a report has many.
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

    private void draw(Graphics2D g, IndicatorSection s) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Font small = BASE.deriveFont(15f);
        Font label = BASE.deriveFont(16f);
        g.setFont(label);

        int left = 80;
        int right = WIDTH - 24;
        int top = 44;
        int bottom = HEIGHT - 48;

        TreeMap<Integer, IndicatorPoint> byYear = new TreeMap<>();
        s.points().forEach(p -> byYear.put(p.year(), p));
        g.setColor(TEXT);
        if (s.unit() != null) {
            g.drawString(s.unit(), 12, 24);
        }
        if (byYear.isEmpty()) {
            g.setColor(MISSING);
            String none = msg("followup.report.chart.noValues");
            g.drawString(none, (WIDTH - g.getFontMetrics().stringWidth(none)) / 2, HEIGHT / 2);
            return;
        }

        int firstYear = byYear.firstKey();
        int lastYear = byYear.lastKey();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (IndicatorPoint p : byYear.values()) {
            for (BigDecimal v : new BigDecimal[]{p.value(), p.target()}) {
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
        // Values of one sign start the axis at zero, so that the line's height is not exaggerated.
        if (min > 0) {
            min = 0;
        }
        if (max < 0) {
            max = 0;
        }
        double step = niceStep((max - min) / 5);
        if (step == 0) {
            step = 1;
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        if (hi == lo) {
            hi = lo + step;
        }

        // Grid and y axis labels.
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        int ticks = (int) Math.round((hi - lo) / step);
        for (int i = 0; i <= ticks; i++) {
            double t = lo + i * step;
            int y = yOf(t, lo, hi, top, bottom);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(TEXT);
            String txt = number(BigDecimal.valueOf(t).stripTrailingZeros());
            g.drawString(txt, left - 8 - fm.stringWidth(txt), y + fm.getAscent() / 2 - 1);
        }
        g.setColor(TEXT);
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.draw(new Line2D.Double(left, top, left, bottom));

        // X axis: one tick per year.
        int span = Math.max(1, lastYear - firstYear);
        int pad = 30;
        for (int year = firstYear; year <= lastYear; year++) {
            int x = xOf(year, firstYear, span, left + pad, right - pad, lastYear == firstYear);
            g.setColor(TEXT);
            g.draw(new Line2D.Double(x, bottom, x, bottom + 5));
            String txt = String.valueOf(year);
            g.drawString(txt, x - fm.stringWidth(txt) / 2, bottom + 8 + fm.getAscent());
        }

        // Targets: a dashed line through the years that have one.
        g.setColor(TARGET);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{9f, 6f}, 0f));
        Integer prevX = null;
        Integer prevY = null;
        boolean anyTarget = false;
        for (IndicatorPoint p : byYear.values()) {
            if (p.target() == null) {
                continue;
            }
            anyTarget = true;
            int x = xOf(p.year(), firstYear, span, left + pad, right - pad, lastYear == firstYear);
            int y = yOf(p.target().doubleValue(), lo, hi, top, bottom);
            if (prevX != null) {
                g.draw(new Line2D.Double(prevX, prevY, x, y));
            } else {
                g.draw(new Line2D.Double(x - 10, y, x + 10, y));
            }
            prevX = x;
            prevY = y;
        }

        // Values: a line between consecutive years that both have a number; a gap otherwise.
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        IndicatorPoint prev = null;
        for (int year = firstYear; year <= lastYear; year++) {
            IndicatorPoint p = byYear.get(year);
            if (p != null && !p.missing() && prev != null && prev.year() == year - 1) {
                g.setColor(VALUE);
                g.draw(new Line2D.Double(
                        xOf(prev.year(), firstYear, span, left + pad, right - pad, lastYear == firstYear),
                        yOf(prev.value().doubleValue(), lo, hi, top, bottom),
                        xOf(year, firstYear, span, left + pad, right - pad, lastYear == firstYear),
                        yOf(p.value().doubleValue(), lo, hi, top, bottom)));
            }
            prev = p != null && !p.missing() ? p : null;
        }
        g.setStroke(new BasicStroke(1.5f));
        String missingWord = msg("followup.report.chart.missing");
        for (IndicatorPoint p : byYear.values()) {
            int x = xOf(p.year(), firstYear, span, left + pad, right - pad, lastYear == firstYear);
            if (p.missing()) {
                int y = bottom - 14;
                g.setColor(MISSING);
                g.draw(new Line2D.Double(x - 5, y - 5, x + 5, y + 5));
                g.draw(new Line2D.Double(x - 5, y + 5, x + 5, y - 5));
                g.drawString(missingWord, x - fm.stringWidth(missingWord) / 2, y - 10);
            } else {
                int y = yOf(p.value().doubleValue(), lo, hi, top, bottom);
                g.setColor(VALUE);
                g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
                String txt = number(p.value());
                g.setColor(TEXT);
                g.drawString(txt, x - fm.stringWidth(txt) / 2, y - 10);
            }
        }

        // Legend, top right: what the solid and the dashed line are.
        g.setFont(small);
        int lx = right - 10;
        String valuesLabel = msg("followup.report.chart.values");
        String targetLabel = msg("followup.report.chart.target");
        int ly = 22;
        if (anyTarget) {
            lx -= fm.stringWidth(targetLabel);
            g.setColor(TEXT);
            g.drawString(targetLabel, lx, ly + 4);
            g.setColor(TARGET);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{9f, 6f}, 0f));
            g.draw(new Line2D.Double(lx - 40, ly, lx - 6, ly));
            lx -= 60;
        }
        lx -= fm.stringWidth(valuesLabel);
        g.setColor(TEXT);
        g.drawString(valuesLabel, lx, ly + 4);
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(lx - 36, ly, lx - 6, ly));
    }

    private static int xOf(int year, int first, int span, int x0, int x1, boolean single) {
        if (single) {
            return (x0 + x1) / 2;
        }
        return (int) Math.round(x0 + (double) (year - first) / span * (x1 - x0));
    }

    private static int yOf(double v, double lo, double hi, int top, int bottom) {
        return (int) Math.round(bottom - (v - lo) / (hi - lo) * (bottom - top));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 0;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }
}
