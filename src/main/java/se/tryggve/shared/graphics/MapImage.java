package se.tryggve.shared.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A map picture in plain projected coordinates (x east, y north, in one unit — SWEREF 99 TM metres in
 * Tryggve): district outlines, points, and weighted grid cells drawn as a heat layer under the outlines —
 * the hot-spot map of the weekly picture and the maps of the lägesbild. North is up, one unit is the same
 * length across and down (no stretching), and the picture is fitted to everything on it. There is no
 * background map: tiles would need a network call while rendering, and their licences would have to be
 * printed on every document.
 *
 * @param title    what the map shows; starts the alt text
 * @param outlines district outlines (drawn as lines, with their name at the middle when there is room)
 * @param points   single places (an incident each), drawn as small dots
 * @param cells    grid cells with a weight (reports in the cell); the heaviest is the darkest
 */
public record MapImage(String title, List<Outline> outlines, List<MapPoint> points, List<Cell> cells) {

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;
    /** How many of the heaviest cells the alt text names. */
    static final int CELLS_IN_ALT_TEXT = 5;

    private static final Color OUTLINE = new Color(0x44, 0x44, 0x44);
    private static final Color POINT = new Color(0x1f, 0x4e, 0x79);
    /** Heat ramp from light yellow to dark red: lightness falls with weight, so it reads in greyscale too. */
    private static final Color HEAT_LOW = new Color(0xff, 0xe8, 0x8a);
    private static final Color HEAT_HIGH = new Color(0xa5, 0x0f, 0x15);

    /** A district: a name and its rings (outer ring and holes, or several parts), each a list of {x, y}. */
    public record Outline(String name, List<List<double[]>> rings) {
        public Outline {
            rings = List.copyOf(rings);
        }
    }

    public record MapPoint(double x, double y) {
    }

    /**
     * A square grid cell: its south-west corner, side length and weight; {@code label} names it in the alt
     * text (for example the district it lies in), may be null.
     */
    public record Cell(double x, double y, double size, double weight, String label) {
    }

    public MapImage {
        outlines = List.copyOf(outlines);
        points = List.copyOf(points);
        cells = List.copyOf(cells);
    }

    public Png render() {
        return render(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public Png render(int width, int height) {
        byte[] bytes = Canvas.png(width, height, g -> draw(g, width, height));
        return new Png(bytes, width, height, altText());
    }

    /** The map in words: how many districts, points and cells, and the heaviest cells with their weight. */
    public String altText() {
        StringBuilder b = new StringBuilder(title == null ? "" : title);
        List<Cell> heaviest = cells.stream().filter(c -> c.weight() > 0)
                .sorted(Comparator.comparingDouble(Cell::weight).reversed()).limit(CELLS_IN_ALT_TEXT).toList();
        if (!heaviest.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Cell c : heaviest) {
                String where = c.label() != null ? c.label()
                        : SwedishNumbers.format(Math.round(c.x())) + " / " + SwedishNumbers.format(Math.round(c.y()));
                parts.add(where + ": " + SwedishNumbers.format(c.weight()));
            }
            b.append(". ").append(String.join("; ", parts));
        }
        return b.append('.').toString();
    }

    private void draw(Graphics2D g, int width, int height) {
        Rectangle2D bounds = bounds();
        if (bounds == null) {
            return;
        }
        int pad = 16;
        double w = Math.max(bounds.getWidth(), 1);
        double h = Math.max(bounds.getHeight(), 1);
        double scale = Math.min((width - 2.0 * pad) / w, (height - 2.0 * pad) / h);
        double ox = pad + ((width - 2.0 * pad) - w * scale) / 2 - bounds.getMinX() * scale;
        double oy = pad + ((height - 2.0 * pad) - h * scale) / 2 + bounds.getMaxY() * scale;
        Projector p = new Projector(scale, ox, oy);

        // Cells first, under the outlines, so that the district borders stay visible on the heat.
        double max = cells.stream().mapToDouble(Cell::weight).max().orElse(0);
        FontMetrics fm = g.getFontMetrics();
        for (Cell c : cells) {
            if (c.weight() <= 0) {
                continue;
            }
            double t = max <= 0 ? 0 : c.weight() / max;
            g.setColor(mix(HEAT_LOW, HEAT_HIGH, t));
            double x0 = p.x(c.x());
            double y0 = p.y(c.y() + c.size());
            double side = c.size() * scale;
            g.fill(new Rectangle2D.Double(x0, y0, Math.max(side, 2), Math.max(side, 2)));
            String n = SwedishNumbers.format(c.weight());
            if (side >= fm.stringWidth(n) + 6 && side >= fm.getAscent() + 4) {
                g.setColor(t > 0.5 ? Color.WHITE : Canvas.TEXT);
                g.drawString(n, (float) (x0 + (side - fm.stringWidth(n)) / 2), (float) (y0 + (side + fm.getAscent()) / 2 - 2));
            }
        }

        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Outline o : outlines) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<double[]> ring : o.rings()) {
                boolean first = true;
                for (double[] xy : ring) {
                    if (first) {
                        path.moveTo(p.x(xy[0]), p.y(xy[1]));
                        first = false;
                    } else {
                        path.lineTo(p.x(xy[0]), p.y(xy[1]));
                    }
                }
                path.closePath();
            }
            g.setColor(OUTLINE);
            g.draw(path);
        }
        // District names where they fit inside their outline's box, after all lines so that none is crossed out.
        g.setFont(g.getFont().deriveFont(13f));
        FontMetrics small = g.getFontMetrics();
        for (Outline o : outlines) {
            if (o.name() == null || o.rings().isEmpty()) {
                continue;
            }
            Rectangle2D box = null;
            for (double[] xy : o.rings().get(0)) {
                Rectangle2D pt = new Rectangle2D.Double(p.x(xy[0]), p.y(xy[1]), 0, 0);
                box = box == null ? pt : box.createUnion(pt);
            }
            if (box != null && small.stringWidth(o.name()) + 4 <= box.getWidth()) {
                g.setColor(Canvas.MUTED);
                g.drawString(o.name(), (float) (box.getCenterX() - small.stringWidth(o.name()) / 2.0), (float) box.getCenterY());
            }
        }

        g.setColor(POINT);
        for (MapPoint pt : points) {
            g.fill(new Ellipse2D.Double(p.x(pt.x()) - 3, p.y(pt.y()) - 3, 6, 6));
        }
    }

    /** Everything on the map, or null when there is nothing to draw. */
    Rectangle2D bounds() {
        Rectangle2D box = null;
        for (Outline o : outlines) {
            for (List<double[]> ring : o.rings()) {
                for (double[] xy : ring) {
                    box = add(box, xy[0], xy[1]);
                }
            }
        }
        for (MapPoint pt : points) {
            box = add(box, pt.x(), pt.y());
        }
        for (Cell c : cells) {
            box = add(box, c.x(), c.y());
            box = add(box, c.x() + c.size(), c.y() + c.size());
        }
        return box;
    }

    private static Rectangle2D add(Rectangle2D box, double x, double y) {
        if (box == null) {
            return new Rectangle2D.Double(x, y, 0, 0);
        }
        box.add(x, y);
        return box;
    }

    private static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** Map units to pixels: y flips, so north is up. */
    private record Projector(double scale, double ox, double oy) {
        double x(double mx) {
            return ox + mx * scale;
        }

        double y(double my) {
            return oy - my * scale;
        }
    }
}
