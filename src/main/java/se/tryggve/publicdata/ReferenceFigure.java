package se.tryggve.publicdata;

import java.math.BigDecimal;

/**
 * A Kolada key figure for one year: the municipality's value and a comparison's (the whole country,
 * Kolada's "0000", or a group of similar municipalities); a null value is missing in Kolada, never zero.
 */
public record ReferenceFigure(long id, String kpi, String kpiTitle, int year, BigDecimal municipalityValue,
                              String comparisonCode, BigDecimal comparisonValue, boolean example) {
}
