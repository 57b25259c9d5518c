package se.tryggve.governance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import se.tryggve.shared.RuleViolationException;

/** An indicator that follows a document (or one of its goals), with a baseline and yearly targets. */
public record Indicator(long id, long documentId, Long goalId, String name, String unit, Direction direction,
                        IndicatorSource source, String koladaKpi, Integer baselineYear, BigDecimal baselineValue,
                        Map<Integer, BigDecimal> targets, long version) {

    /** Kolada's key figure ids: one capital letter and five digits, e.g. N07540. */
    static final Pattern KOLADA_ID = Pattern.compile("[A-Z]\\d{5}");

    public Indicator {
        targets = targets == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    /** A Kolada indicator needs a valid KPI id; other sources may name one only if it is valid. */
    static String checkKolada(IndicatorSource source, String kpi) {
        String k = Texts.clean(kpi);
        if (source == IndicatorSource.KOLADA && k == null) {
            throw new RuleViolationException("koladaKpi", "governance.indicator.koladaRequired");
        }
        if (k != null && !KOLADA_ID.matcher(k).matches()) {
            throw new RuleViolationException("koladaKpi", "governance.indicator.koladaInvalid");
        }
        return k;
    }
}
