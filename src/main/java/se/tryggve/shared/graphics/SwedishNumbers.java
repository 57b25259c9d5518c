package se.tryggve.shared.graphics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedes write them on axes and in alt texts: a space between thousands (a no-break space, so a
 * number never wraps) and a decimal comma — "1 400", "12,5". Språkrådet's rule; the same as the pages.
 */
public final class SwedishNumbers {

    private SwedishNumbers() {
    }

    public static String format(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return (d.signum() < 0 ? "\u2212" : "") + grouped + frac;
    }

    public static String format(long v) {
        return format((double) v);
    }
}
