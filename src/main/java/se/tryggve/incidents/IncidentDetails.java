package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An incident with what staff see beyond the public view: handling fields, its steps, costs and
 * photos (without their bytes). The reporter's contact is not here; it is read apart, by those who
 * handle the incident ({@link IncidentDirectory#reporterContact}).
 */
public record IncidentDetails(IncidentView incident, Instant receivedAt, String propertyOwner, String policeReportNumber,
                              boolean policeReported, String assignedTo, Instant assignedAt, Instant closedAt,
                              Long duplicateOf, String clientApp, List<Step> steps, List<Cost> costs,
                              List<Photo> photos) {

    /** One lifecycle step with its time and who recorded it. */
    public record Step(IncidentStatus status, Instant occurredAt, String username, String note) {
    }

    /** A cost entry in SEK. */
    public record Cost(long id, BigDecimal amount, String contractor, LocalDate date, Instant createdAt, String username) {
    }

    /** A photo: REPORTED (with the report) or REMOVAL (after the removal). */
    public record Photo(long id, String purpose, String fileName, String contentType, long fileSize, Instant createdAt,
                        String username) {
    }

    /** Sum of the costs, SEK. */
    public BigDecimal totalCost() {
        return costs.stream().map(Cost::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
