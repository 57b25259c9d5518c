package se.tryggve.shared.graphics;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of categories × one or more series — for example reports per category this week beside the
 * same week last year. The bars lie horizontally, so long Swedish category names ("Samling av personer som
 * skapar otrygghet") stay readable; the picture grows in height with the number of categories. Every bar
 * carries its value; the value axis starts at zero (a bar's length is its value).
 *
 * @param title           what the chart shows; starts the alt text (it is not drawn: the page or document
 *                        sets it as a caption or heading)
 * @param valueAxisLabel  what the numbers count ("Antal rapporter"), drawn under the axis; may be null
 * @param categories      the rows, top to bottom
 * @param series          one value per category each; a null value draws no bar and reads "–"
 */
public record BarChart(String title, String valueAxisLabel, List<String> categories, List<Series> series) {

    public static final int DEFAULT_WIDTH = 800;

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public Png render() {
        return render(DEFAULT_WIDTH);
    }

    /** The chart {@code width} pixels wide; the height follows from the number of categories and series. */
    public Png render(int width) {
        int bar = series.size() > 1 ? 16 : 22;
        int row = Math.max(1, series.size()) * bar + 14;
        int top = series.size() > 1 ? 40 : 16;
        int bottom = valueAxisLabel == null ? 36 : 60;
        int height = top + Math.max(1, categories.size()) * row + bottom;
        byte[] bytes = Canvas.png(width, height, g -> draw(g, width, height, top, bottom, bar, row));
        return new Png(bytes, width, height, altText());
    }

    /** The chart in words: per category each series' value, Swedish number format. */
    public String altText() {
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> values = new ArrayList<>();
            for (Series s : series) {
                Double v = s.values().get(c);
                String n = v == null ? "–" : SwedishNumbers.format(v);
                values.add(series.size() > 1 ? s.name() + " " + n : n);
            }
            rows.add(categories.get(c) + ": " + String.join(", ", values));
        }
        String head = title == null ? "" : title;
        return rows.isEmpty() ? head : head + ". " + String.join("; ", rows) + ".";
    }

    private void draw(Graphics2D g, int width, int height, int top, int bottom, int bar, int row) {
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 0;
        for (String c : categories) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(c));
        }
        int left = Math.min(labelWidth + 16, width * 2 / 5);
        int right = width - 56;
        int axisY = height - bottom;
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        double[] axis = Canvas.axis(max, 5, wholeNumbers());
        double step = axis[0];
        double hi = axis[1];

        // Grid lines and the value axis numbers.
        for (double t = 0; t <= hi + step / 2; t += step) {
            int x = (int) Math.round(left + t / hi * (right - left));
            g.setColor(Canvas.GRID);
            g.draw(new Line2D.Double(x, top - 4, x, axisY));
            g.setColor(Canvas.TEXT);
            String txt = SwedishNumbers.format(t);
            g.drawString(txt, x - fm.stringWidth(txt) / 2, axisY + 6 + fm.getAscent());
        }
        if (valueAxisLabel != null) {
            g.drawString(valueAxisLabel, left + (right - left - fm.stringWidth(valueAxisLabel)) / 2, height - 12);
        }
        if (series.size() > 1) {
            Canvas.legend(g, series, left, 22, false);
        }

        for (int c = 0; c < categories.size(); c++) {
            int y0 = top + c * row + 7;
            g.setColor(Canvas.TEXT);
            String label = Canvas.fit(categories.get(c), fm, left - 12);
            int mid = y0 + series.size() * bar / 2;
            g.drawString(label, left - 8 - fm.stringWidth(label), mid + fm.getAscent() / 2 - 2);
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).values().get(c);
                int y = y0 + s * bar;
                if (v == null) {
                    g.setColor(Canvas.MUTED);
                    g.drawString("–", left + 4, y + bar - 4);
                    continue;
                }
                int w = (int) Math.round(Math.max(0, v) / hi * (right - left));
                g.setColor(Canvas.series(s));
                g.fillRect(left, y + 1, w, bar - 2);
                g.setColor(Canvas.TEXT);
                g.drawString(SwedishNumbers.format(v), left + w + 5, y + bar / 2 + fm.getAscent() / 2 - 2);
            }
        }
        g.setColor(Canvas.TEXT);
        g.draw(new Line2D.Double(left, top - 4, left, axisY));
        g.draw(new Line2D.Double(left, axisY, right, axisY));
    }

    private boolean wholeNumbers() {
        return series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v == Math.rint(v));
    }
}
