package se.tryggve.publication.opendata;

import java.util.List;

/**
 * One open dataset as a table: its columns (stable names, the same in CSV and JSON) and rows of values —
 * Integer, Long, BigDecimal, String, Boolean or null — in column order.
 */
record Dataset(String id, List<String> columns, List<List<Object>> rows) {
}
