package se.tryggve.cases;

import java.time.Instant;

/** A case as lists and the API show it. */
public record CaseInfo(long id, long registryId, String registryCode, int year, int serial, String number, String title,
                       String classification, Long departmentId, String officer, CaseStatus status, Instant createdAt,
                       long version) {
}
