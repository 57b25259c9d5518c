package se.tryggve.shared.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a notice of adjusted minutes on the official notice board (anslagstavla), computed
 * rather than typed: real notices contain wrong hand-typed dates.
 */
public final class NoticeDates {

    /** KL 13 kap. 5 §: the appeal must arrive within three weeks of the announcement. */
    static final int APPEAL_DAYS = 21;
    /** KL 6 kap. 35 § (and 5 kap. 69 § for the council): minutes are adjusted within 14 days of the meeting. */
    static final int ADJUSTMENT_DAYS = 14;
    /** KL 8 kap. 12 §: the adjustment is announced on the notice board at the latest the second day after it. */
    static final int POSTING_DAYS = 2;

    private NoticeDates() {
    }

    /**
     * The last day an appeal (laglighetsprövning) may arrive: KL 13 kap. 5 § gives three weeks from
     * the day the adjustment was announced on the notice board — the same weekday three weeks later —
     * and an appeal that arrives at the municipality within that time counts (13 kap. 6 §). When that
     * day is a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton, the time runs
     * out on the next working day instead (lag 1930:173 2 §).
     */
    public static LocalDate lastDayOfAppeal(LocalDate posted) {
        return SwedishCalendar.nextWorkingDayOnOrAfter(posted.plusDays(APPEAL_DAYS));
    }

    /**
     * The first day the notice may be taken down. KL 8 kap. 12 §: the notice may not be removed
     * before the appeal time has run out, and the time only runs out if the notice stays up for the
     * whole of it (13 kap. 5 §). The appeal can arrive until the end of its last day, so the earliest
     * safe take-down is the day after the last day of appeal — a calendar day, working day or not
     * (taking a notice off a web notice board needs no office to be open).
     */
    public static LocalDate takeDownDate(LocalDate posted) {
        return lastDayOfAppeal(posted).plusDays(1);
    }

    /** All dates of a notice posted on the given day, with the reasons when the last day was moved. */
    public static AppealDeadline appealDeadline(LocalDate posted) {
        Objects.requireNonNull(posted, "posted");
        LocalDate threeWeeks = posted.plusDays(APPEAL_DAYS);
        List<String> reasons = new ArrayList<>();
        LocalDate day = threeWeeks;
        while (!SwedishCalendar.isWorkingDay(day)) {
            SwedishCalendar.nonWorkingReason(day).ifPresent(reasons::add);
            day = day.plusDays(1);
        }
        return new AppealDeadline(posted, day, day.plusDays(1), reasons);
    }

    /**
     * Warnings on the dates of minutes: adjusted later than the 14 days of KL 6 kap. 35 §, posted later
     * than the second day after adjustment (KL 8 kap. 12 §), or dates in an impossible order. Both
     * limits are statutory time limits, so lag (1930:173) 2 § applies to them too: a limit ending on a
     * Saturday, Sunday, holiday or one of the three eves runs on to the next working day, and an
     * adjustment or posting on that day is in time.
     *
     * @param meeting  the day of the meeting; null when unknown (no adjustment warnings)
     * @param adjusted the day the minutes were adjusted; null when not yet adjusted (no warnings)
     * @param posted   the day the adjustment was announced; null when not yet posted
     * @return the warnings in the order above; empty when all is in time
     */
    public static List<NoticeWarning> warnings(LocalDate meeting, LocalDate adjusted, LocalDate posted) {
        List<NoticeWarning> warnings = new ArrayList<>();
        if (adjusted == null) {
            return warnings;
        }
        if (meeting != null) {
            LocalDate lastAdjustment = SwedishCalendar.nextWorkingDayOnOrAfter(meeting.plusDays(ADJUSTMENT_DAYS));
            if (adjusted.isBefore(meeting)) {
                warnings.add(NoticeWarning.of(NoticeWarning.Code.ADJUSTED_BEFORE_MEETING, adjusted, meeting));
            } else if (adjusted.isAfter(lastAdjustment)) {
                warnings.add(NoticeWarning.of(NoticeWarning.Code.ADJUSTED_LATE, adjusted, meeting, lastAdjustment));
            }
        }
        if (posted != null) {
            LocalDate lastPosting = SwedishCalendar.nextWorkingDayOnOrAfter(adjusted.plusDays(POSTING_DAYS));
            if (posted.isBefore(adjusted)) {
                warnings.add(NoticeWarning.of(NoticeWarning.Code.POSTED_BEFORE_ADJUSTMENT, posted, adjusted));
            } else if (posted.isAfter(lastPosting)) {
                warnings.add(NoticeWarning.of(NoticeWarning.Code.POSTED_LATE, posted, adjusted, lastPosting));
            }
        }
        return warnings;
    }
}
