package se.tryggve.shared.graphics;

import java.util.List;

/**
 * One named row of values in a chart, one value per category (bar chart) or per point in time (line
 * chart). A {@code null} value is "no figure" — drawn as a gap, never as zero.
 */
public record Series(String name, List<Double> values) {

    public Series {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public static Series ofLongs(String name, List<? extends Number> values) {
        return new Series(name, values.stream().map(v -> v == null ? null : v.doubleValue()).toList());
    }
}
