package se.tryggve.shared.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates that follow from posting the notice of adjusted minutes on the official notice board.
 *
 * @param posted          the day the adjustment was announced on the notice board
 * @param lastDayOfAppeal the last day an appeal may arrive (KL 13 kap. 5 §, lag 1930:173 2 §)
 * @param takeDown        the first day the notice may be taken down (KL 8 kap. 12 §)
 * @param movedBecause    why the three weeks were extended, one Swedish reason per skipped day in date
 *                        order ("lördag", "långfredagen"); empty when the last day was a working day
 */
public record AppealDeadline(LocalDate posted, LocalDate lastDayOfAppeal, LocalDate takeDown,
                             List<String> movedBecause) {

    public AppealDeadline {
        movedBecause = List.copyOf(movedBecause);
    }

    public boolean moved() {
        return !movedBecause.isEmpty();
    }
}
