package se.tryggve.cases;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tryggve.shared.RuleViolationException;

/**
 * A registry's case-number format, set per municipality: {@code KS-{year}/{serial}.{class}} gives
 * {@code KS-2022/177.173}, {@code SLK-{year}-{serial:5}} gives {@code SLK-2024-00194}. Placeholders:
 * {year}, {serial}, {serial:N} (zero-padded to N digits), {class} (the classification) and
 * {registry} (the registry's code). A format must contain the serial, or two cases would share a number.
 */
public record CaseNumberFormat(String pattern) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SERIAL = Pattern.compile("serial(?::([1-9]))?");

    public CaseNumberFormat {
        validate(pattern);
    }

    /** Refuses a format with a field error on {@code numberFormat}. */
    static void validate(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new RuleViolationException("numberFormat", "cases.format.required");
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new RuleViolationException("numberFormat", "cases.format.tooLong", MAX_LENGTH);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        boolean serial = false;
        while (m.find()) {
            String name = m.group(1);
            if (SERIAL.matcher(name).matches()) {
                serial = true;
            } else if (!name.equals("year") && !name.equals("class") && !name.equals("registry")) {
                throw new RuleViolationException("numberFormat", "cases.format.unknownPlaceholder", "{" + name + "}");
            }
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new RuleViolationException("numberFormat", "cases.format.unbalanced");
        }
        if (!serial) {
            throw new RuleViolationException("numberFormat", "cases.format.serialMissing");
        }
    }

    /** The case number of the given year, serial, classification (may be null: left empty) and registry code. */
    public String format(int year, int serial, String classification, String registryCode) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            Matcher s = SERIAL.matcher(name);
            if (s.matches()) {
                value = s.group(1) == null ? Integer.toString(serial)
                        : String.format(Locale.ROOT, "%0" + s.group(1) + "d", serial);
            } else if (name.equals("year")) {
                value = Integer.toString(year);
            } else if (name.equals("class")) {
                value = classification == null ? "" : classification.trim();
            } else {
                value = registryCode == null ? "" : registryCode;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when the number depends on the classification (then a case needs one). */
    public boolean usesClassification() {
        return pattern.contains("{class}");
    }
}
