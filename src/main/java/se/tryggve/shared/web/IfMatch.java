package se.tryggve.shared.web;

import se.tryggve.shared.RuleViolationException;

/**
 * The version an API update is based on (optimistic locking, RFC 9110 13.1.1): the {@code If-Match}
 * header ({@code "3"} or {@code W/"3"}) wins over the body's {@code version} field.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version from If-Match or the body; without either the update is refused, so nothing is overwritten blindly. */
    public static long required(String ifMatch, Long bodyVersion) {
        Long v = optional(ifMatch, bodyVersion);
        if (v == null) {
            throw new RuleViolationException("version", "shared.version.required");
        }
        return v;
    }

    /** As {@link #required}, but null when neither is given (e.g. creating a value that may not exist yet). */
    public static Long optional(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        try {
            return Long.parseLong(v.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("version", "shared.version.invalid");
        }
    }
}
