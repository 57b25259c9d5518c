package se.tryggve.shared.graphics;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of one or more series over time — reports per week over the last weeks, per month over a
 * year. The value axis starts at zero; a missing value (null) breaks the line instead of dropping to zero.
 *
 * @param title          what the chart shows; starts the alt text (the page sets it as a caption)
 * @param valueAxisLabel what the numbers count, drawn at the top left; may be null
 * @param labels         the points in time, left to right ("v. 47", "jan")
 * @param series         one value per label each
 */
public record LineChart(String title, String valueAxisLabel, List<String> labels, List<Series> series) {

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 360;

    public LineChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }

    public Png render() {
        return render(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public Png render(int width, int height) {
        byte[] bytes = Canvas.png(width, height, g -> draw(g, width, height));
        return new Png(bytes, width, height, altText());
    }

    /** The chart in words: per series its value at each point in time. */
    public String altText() {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                Double v = s.values().get(i);
                points.add(labels.get(i) + " " + (v == null ? "–" : SwedishNumbers.format(v)));
            }
            parts.add((series.size() > 1 ? s.name() + ": " : "") + String.join(", ", points));
        }
        String head = title == null ? "" : title;
        return parts.isEmpty() ? head : head + ". " + String.join("; ", parts) + ".";
    }

    private void draw(Graphics2D g, int width, int height) {
        FontMetrics fm = g.getFontMetrics();
        int top = 44;
        int bottom = height - 40;
        int right = width - 24;
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        boolean whole = series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v == Math.rint(v));
        double[] axis = Canvas.axis(max, 5, whole);
        double step = axis[0];
        double hi = axis[1];
        int left = 24 + fm.stringWidth(SwedishNumbers.format(hi));

        for (double t = 0; t <= hi + step / 2; t += step) {
            int y = yOf(t, hi, top, bottom);
            g.setColor(Canvas.GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Canvas.TEXT);
            String txt = SwedishNumbers.format(t);
            g.drawString(txt, left - 8 - fm.stringWidth(txt), y + fm.getAscent() / 2 - 1);
        }
        g.setColor(Canvas.TEXT);
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.draw(new Line2D.Double(left, top, left, bottom));
        if (valueAxisLabel != null) {
            g.drawString(valueAxisLabel, 12, 20);
        }
        if (series.size() > 1) {
            int legendWidth = 0;
            for (Series s : series) {
                legendWidth += 28 + fm.stringWidth(s.name()) + 22;
            }
            Canvas.legend(g, series, Math.max(left, right - legendWidth), 20, true);
        }

        int n = labels.size();
        int pad = 20;
        // Label every k-th point so that labels never overlap.
        int widest = 1;
        for (String l : labels) {
            widest = Math.max(widest, fm.stringWidth(l));
        }
        int slot = n <= 1 ? right - left : (right - left - 2 * pad) / (n - 1);
        int every = Math.max(1, (int) Math.ceil((widest + 10.0) / Math.max(1, slot)));
        for (int i = 0; i < n; i++) {
            int x = xOf(i, n, left + pad, right - pad);
            g.setColor(Canvas.TEXT);
            g.draw(new Line2D.Double(x, bottom, x, bottom + 4));
            if (i % every == 0) {
                String txt = labels.get(i);
                g.drawString(txt, x - fm.stringWidth(txt) / 2, bottom + 8 + fm.getAscent());
            }
        }
        for (int s = 0; s < series.size(); s++) {
            List<Double> values = series.get(s).values();
            g.setColor(Canvas.series(s));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 1; i < n; i++) {
                Double a = values.get(i - 1);
                Double b = values.get(i);
                if (a != null && b != null) {
                    g.draw(new Line2D.Double(xOf(i - 1, n, left + pad, right - pad), yOf(a, hi, top, bottom),
                            xOf(i, n, left + pad, right - pad), yOf(b, hi, top, bottom)));
                }
            }
            for (int i = 0; i < n; i++) {
                Double v = values.get(i);
                if (v != null) {
                    int x = xOf(i, n, left + pad, right - pad);
                    int y = yOf(v, hi, top, bottom);
                    g.fill(new Ellipse2D.Double(x - 4.5, y - 4.5, 9, 9));
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int xOf(int i, int n, int x0, int x1) {
        if (n <= 1) {
            return (x0 + x1) / 2;
        }
        return (int) Math.round(x0 + (double) i / (n - 1) * (x1 - x0));
    }

    private static int yOf(double v, double hi, int top, int bottom) {
        return (int) Math.round(bottom - v / hi * (bottom - top));
    }
}
