package se.tryggve.incidents;

import java.time.Instant;
import java.util.List;

/**
 * Filters of the register (and of Open311 GET requests). Null or empty means no filter; {@code from}
 * inclusive, {@code to} exclusive, both on the reported time; results newest first. {@code partnerOrganisationId}:
 * only that partner organisation's reports; {@code reviewed}: only reviewed (true) or unreviewed (false) ones.
 */
public record IncidentQuery(List<Long> ids, List<String> categoryCodes, List<IncidentStatus> statuses, Instant from,
                            Instant to, Long districtId, Channel channel, String text, int limit, int offset,
                            Long partnerOrganisationId, Boolean reviewed) {

    public IncidentQuery(List<Long> ids, List<String> categoryCodes, List<IncidentStatus> statuses, Instant from, Instant to,
                         Long districtId, Channel channel, String text, int limit, int offset) {
        this(ids, categoryCodes, statuses, from, to, districtId, channel, text, limit, offset, null, null);
    }

    /** The same query limited to one partner organisation's reports (what a partner reporter may see). */
    public IncidentQuery ofPartner(long partnerOrganisationId) {
        return new IncidentQuery(ids, categoryCodes, statuses, from, to, districtId, channel, text, limit, offset,
                partnerOrganisationId, reviewed);
    }

    public static IncidentQuery all(int limit) {
        return new IncidentQuery(List.of(), List.of(), List.of(), null, null, null, null, null, limit, 0);
    }
}
