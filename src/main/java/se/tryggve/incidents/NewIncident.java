package se.tryggve.incidents;

import java.time.Instant;
import java.util.Map;

/**
 * A report to register. {@code reportedAt} null means now; {@code offensive} null means the category's
 * default; {@code attributes} are service-definition attribute values by code; {@code reporter} and
 * {@code clientApp} may be null.
 */
public record NewIncident(String categoryCode, Channel channel, Instant reportedAt, Position position, String address,
                          String description, Boolean offensive, Map<String, String> attributes,
                          ReporterContact reporter, String clientApp, String mediaUrl) {
}
