package se.tryggve.incidents;

import java.time.Instant;
import java.util.Map;

/** An incident as reads show it: no personal data of the reporter. */
public record IncidentView(long id, String categoryCode, String categoryName, boolean offensive, IncidentStatus status,
                           String statusNote, Channel channel, Instant reportedAt, Instant updatedAt, Position position,
                           String address, Long districtId, String districtName, String description, String mediaUrl,
                           Map<String, String> attributes, Instant removedAt, Integer removalMinutes,
                           Boolean withinTarget, long version) {
}
