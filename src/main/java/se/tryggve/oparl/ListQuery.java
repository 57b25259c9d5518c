package se.tryggve.oparl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of an OParl list request (OParl 1.1, "Paginierung" and "Filter"): the four date
 * filters {@code created_since}, {@code created_until}, {@code modified_since}, {@code modified_until}
 * (full date-times with offset; anything else is a 400), {@code limit} (a hint: capped at
 * {@link #MAX_LIMIT}, never refused for being large), {@code page} and {@code omit_internal}. The
 * parameters given are kept in every link of the list.
 */
record ListQuery(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil, int limit,
                 int page, boolean omitInternal, Map<String, String> kept) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String[] FILTERS = {"created_since", "created_until", "modified_since", "modified_until"};

    static ListQuery of(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        Instant[] dates = new Instant[4];
        for (int i = 0; i < FILTERS.length; i++) {
            String value = params.get(FILTERS[i]);
            if (value != null) {
                dates[i] = dateTime(FILTERS[i], value);
                kept.put(FILTERS[i], value.replace(' ', '+'));
            }
        }
        int limit = DEFAULT_LIMIT;
        String limitValue = params.get("limit");
        if (limitValue != null) {
            limit = number("limit", limitValue, MAX_LIMIT);
            kept.put("limit", String.valueOf(limit));
        }
        boolean omit = false;
        String omitValue = params.get("omit_internal");
        if (omitValue != null) {
            if (!omitValue.equals("true") && !omitValue.equals("false")) {
                throw OParlException.badParameter("omit_internal", omitValue, "true or false");
            }
            omit = omitValue.equals("true");
            kept.put("omit_internal", omitValue);
        }
        int page = params.get("page") == null ? 1 : number("page", params.get("page"), Integer.MAX_VALUE);
        return new ListQuery(dates[0], dates[1], dates[2], dates[3], limit, page, omit, kept);
    }

    /** A single object also honours {@code omit_internal}; the other parameters do not apply to it. */
    static boolean omitInternal(Map<String, String> params) {
        String v = params.get("omit_internal");
        if (v != null && !v.equals("true") && !v.equals("false")) {
            throw OParlException.badParameter("omit_internal", v, "true or false");
        }
        return "true".equals(v);
    }

    /**
     * A date-time with offset as the specification demands ("2026-01-08T14:00:00+01:00"). A '+' that
     * arrived unencoded reads as a space; it is taken back as the '+' the client meant.
     */
    private static Instant dateTime(String name, String value) {
        try {
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw OParlException.badParameter(name, value, "expected an ISO 8601 date-time with offset, "
                    + "e.g. 2026-01-08T14:00:00+01:00");
        }
    }

    private static int number(String name, String value, int cap) {
        String v = value.trim();
        if (!v.matches("\\d{1,1000}")) {
            throw OParlException.badParameter(name, value, "expected a positive whole number");
        }
        String digits = v.replaceFirst("^0+(?=\\d)", "");
        int n = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        return Math.max(1, Math.min(n, cap));
    }

    boolean matches(OParlObjects.Stamp s) {
        Instant created = s.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant modified = s.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return (createdSince == null || !created.isBefore(createdSince))
                && (createdUntil == null || !created.isAfter(createdUntil))
                && (modifiedSince == null || !modified.isBefore(modifiedSince))
                && (modifiedUntil == null || !modified.isAfter(modifiedUntil));
    }

    /** Deleted objects appear in lists only when the client asks for changes (OParl 1.1, deleted objects). */
    boolean showsDeleted() {
        return modifiedSince != null;
    }

    /** The list URL of another page with every given parameter kept. */
    String link(String listUrl, int toPage) {
        StringBuilder sb = new StringBuilder(listUrl);
        char sep = '?';
        for (Map.Entry<String, String> e : kept.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (toPage > 1) {
            sb.append(sep).append("page=").append(toPage);
        }
        return sb.toString();
    }
}
