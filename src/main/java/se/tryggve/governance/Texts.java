package se.tryggve.governance;

import se.tryggve.shared.RuleViolationException;

/** Small checks of free text shared by the use cases (the API and the forms check the same limits). */
final class Texts {

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String required(String field, String value, int max) {
        String v = clean(value);
        if (v == null) {
            throw new RuleViolationException(field, "jakarta.validation.constraints.NotBlank.message");
        }
        return optional(field, v, max);
    }

    static String optional(String field, String value, int max) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            throw new RuleViolationException(field, "governance.text.tooLong", max);
        }
        return v;
    }
}
