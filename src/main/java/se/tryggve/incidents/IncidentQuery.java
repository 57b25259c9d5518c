package se.tryggve.incidents;

import java.time.Instant;
import java.util.List;

/**
 * Filters of the register (and of Open311 GET requests). Null or empty means no filter; {@code from}
 * inclusive, {@code to} exclusive, both on the reported time; results newest first.
 */
public record IncidentQuery(List<Long> ids, List<String> categoryCodes, List<IncidentStatus> statuses, Instant from,
                            Instant to, Long districtId, Channel channel, String text, int limit, int offset) {

    public static IncidentQuery all(int limit) {
        return new IncidentQuery(List.of(), List.of(), List.of(), null, null, null, null, null, limit, 0);
    }
}
