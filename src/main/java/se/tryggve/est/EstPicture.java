package se.tryggve.est;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A picture as stored: its period, correction number (0 = the first; a correction points at the picture it
 * corrects), status, the coordinator's draft, and — once compiled — the frozen figures and who compiled it.
 */
public record EstPicture(long id, PeriodKind kind, String periodKey, LocalDate start, LocalDate end, int correction,
                         Long correctsId, Status status, Draft draft, Figures figures, Instant compiledAt,
                         String compiledBy, List<Sending> sendings, long version) {

    /** DRAFT → COMPILED; a compiled picture becomes CORRECTED when its correction is compiled. */
    public enum Status {
        DRAFT, COMPILED, CORRECTED
    }

    /** One sending to the EST group. */
    public record Sending(Instant sentAt, String sentBy, int recipients, String outcome) {
    }

    public EstPeriod period() {
        return EstPeriod.parse(periodKey);
    }

    public boolean compiled() {
        return status != Status.DRAFT;
    }
}
