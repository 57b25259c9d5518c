package se.tryggve.shared;

import io.micrometer.core.instrument.Metrics;

/**
 * The application's own counters for operators (issue 8), read at {@code /actuator/prometheus}
 * next to Spring Boot's automatic HTTP timings and connection-pool gauges.
 *
 * <p>They are counted on Micrometer's global registry, to which Spring Boot binds its registry
 * ({@code management.metrics.use-global-registry}, on by default): the renderers that count are
 * also built without Spring in unit tests, and a counter there must cost nothing and need no bean.
 * No tag carries a municipality, user, address or any other text from a request, only fixed words.
 */
public final class OperationalMetrics {

    public static final String REPORTS = "tryggve.reports.generated";
    public static final String OPEN311 = "tryggve.open311.requests";
    public static final String REMINDERS = "tryggve.reminders.sent";

    private OperationalMetrics() {
    }

    /** A document rendered for download or archiving: {@code kind} e.g. followup-report, minutes; {@code format} pdf, docx, xlsx. */
    public static void reportGenerated(String kind, String format) {
        Metrics.counter(REPORTS, "kind", kind, "format", format).increment();
    }

    /** An Open311 POST of a service request answered: accepted, refused (4xx: key, input, rule) or error (5xx). */
    public static void open311Request(String outcome) {
        Metrics.counter(OPEN311, "outcome", outcome).increment();
    }

    /** A reminder e-mail sent ({@code kind}: followup, assessment). */
    public static void reminderSent(String kind) {
        Metrics.counter(REMINDERS, "kind", kind).increment();
    }
}
