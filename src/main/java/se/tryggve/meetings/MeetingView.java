package se.tryggve.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting with its attendance, paragraphs, confirmations and corrections. */
public record MeetingView(long id, long bodyId, String bodyName, LocalDate meetingDate, String startTime,
                          String endTime, String place, Long chairPersonId, String chairName, String secretaryName,
                          LocalDate adjustmentDate, String adjustmentPlace, MeetingStatus status, Instant adjustedAt,
                          long version, List<AttendanceView> attendance, List<ParagraphSummary> paragraphs,
                          List<SignatureView> signatures, List<CorrectionView> corrections,
                          List<AttendanceChangeView> attendanceChanges) {

    public boolean adjusted() {
        return status == MeetingStatus.ADJUSTED;
    }

    /** The chair and the adjusters, who adjust the minutes (KL 5 kap. 69 §, 6 kap. 35 §). */
    public java.util.Set<Long> signerIds() {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        if (chairPersonId != null) {
            ids.add(chairPersonId);
        }
        attendance.stream().filter(a -> a.adjuster() && a.personId() != null).forEach(a -> ids.add(a.personId()));
        return ids;
    }

    /** Whether this person has confirmed the whole minutes already. */
    public boolean confirmedBy(Long personId) {
        return personId != null && signatures.stream().anyMatch(s -> s.paragraphId() == null && s.personId() == personId);
    }

    /** Times on the pages in Swedish time and words, e.g. "24 februari 2022 kl. 10.15". */
    static String local(Instant at) {
        return se.tryggve.shared.SwedishDates.time(at);
    }

    public String adjustedAtText() {
        return local(adjustedAt);
    }

    /** A person present: party and role as the member register has them on the meeting date. */
    public record AttendanceView(long id, AttendanceKind kind, Long personId, String name, String party,
                                 String role, String title, Long replacesPersonId, String replacesName,
                                 boolean adjuster, String presenceNote) {
    }

    /**
     * A change of attendance from a paragraph on; afterLabel is the paragraph before it (null when it
     * applies from the first), for "lämnar sammanträdet efter § 5".
     */
    public record AttendanceChangeView(long id, AttendanceChangeKind kind, long personId, String name, String party,
                                       Long replacesPersonId, String replacesName, String replacesParty,
                                       long fromParagraphId, String fromLabel, String afterLabel, int order) {
    }

    /** The changes of attendance that apply from this paragraph. */
    public List<AttendanceChangeView> changesAt(long paragraphId) {
        return attendanceChanges.stream().filter(c -> c.fromParagraphId() == paragraphId).toList();
    }

    public record ParagraphSummary(long id, String label, String title, DecisionType decisionType,
                                   boolean immediateAdjustment, boolean adjusted) {
    }

    public record SignatureView(long id, Long paragraphId, long personId, String name, String signerRole,
                                String method, Instant confirmedAt, String recordedBy) {

        public String confirmedAtText() {
            return local(confirmedAt);
        }
    }

    public record CorrectionView(long id, Long paragraphId, String text, String createdBy, Instant createdAt) {

        public String createdAtText() {
            return local(createdAt);
        }
    }
}
