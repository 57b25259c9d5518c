package se.tryggve.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice of adjusted minutes on the official notice board (KL 8 kap. 12 §), as it was announced.
 * Immutable: a correction is a new notice naming the one it replaces.
 *
 * @param warnings message keys with their date arguments (time limits broken), shown to the secretary
 */
public record Notice(long id, long meetingId, Long replacesNoticeId, String municipalityName, String bodyName,
                     LocalDate meetingDate, String concerns, LocalDate adjustedOn, LocalDate postedOn,
                     LocalDate takeDownOn, LocalDate lastDayOfAppeal, String keptAt, List<Warning> warnings,
                     String postedBy, Instant createdAt) {

    /** Whether the notice is still on the board on the given day (it may come down on the take-down day). */
    public boolean currentOn(LocalDate day) {
        return !day.isBefore(postedOn) && day.isBefore(takeDownOn);
    }

    /** A broken time limit: the message key in {@code messages/shared} and its dates. */
    public record Warning(String messageKey, List<LocalDate> dates) {
    }
}
