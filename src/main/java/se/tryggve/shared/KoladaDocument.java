package se.tryggve.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reads documents in the shape of Kolada's data API (v3, and the older v2):
 * {@code {"values": [{"kpi", "municipality", "period", "values": [{"gender", "value", "status"}]}]}}.
 * Shared so that the follow-up's indicator import and the public-data reference figures parse Kolada
 * the same way: only the total ("T") counts, a null value is missing (never zero), unknown fields are ignored.
 */
public final class KoladaDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KoladaDocument() {
    }

    /** The total of a row: a number, or null with Kolada's status (which may be null too). */
    public record Total(BigDecimal value, String status) {
    }

    /** The rows of a document; a document that is not JSON or has no {@code values} array is refused with the key given. */
    public static List<JsonNode> rows(String json, String malformedKey) {
        if (json == null || json.isBlank()) {
            throw new RuleViolationException("file", malformedKey);
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RuleViolationException("file", malformedKey);
        }
        if (doc == null || !doc.isObject() || !(doc.get("values") instanceof ArrayNode)) {
            throw new RuleViolationException("file", malformedKey);
        }
        List<JsonNode> rows = new ArrayList<>();
        doc.get("values").forEach(rows::add);
        return rows;
    }

    /** The parsed document itself (for a caller that also needs fields such as {@code next_url}). */
    public static JsonNode document(String json, String malformedKey) {
        rows(json, malformedKey);
        return JSON.readTree(json);
    }

    /** The total over genders: the "T" entry, or the only entry when the series has no gender split. */
    public static Optional<Total> total(JsonNode entries) {
        if (!(entries instanceof ArrayNode list) || list.isEmpty()) {
            return Optional.empty();
        }
        JsonNode total = null;
        for (JsonNode e : list) {
            if ("T".equals(text(e.get("gender")))) {
                total = e;
            }
        }
        if (total == null && list.size() == 1 && text(list.get(0).get("gender")) == null) {
            total = list.get(0);
        }
        if (total == null) {
            return Optional.empty();
        }
        JsonNode v = total.get("value");
        if (v != null && v.isNumber()) {
            return Optional.of(new Total(v.decimalValue().setScale(2, RoundingMode.HALF_UP), null));
        }
        return Optional.of(new Total(null, text(total.get("status"))));
    }

    /** The year of a row's period (a number or a four-digit string), else null. */
    public static Integer year(JsonNode period) {
        if (period == null) {
            return null;
        }
        if (period.isIntegralNumber()) {
            return period.asInt();
        }
        String s = text(period);
        return s != null && s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    /** A scalar as trimmed text; null for null, containers and blanks. */
    public static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) {
            return null;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? null : s;
    }
}
