package se.tryggve.governance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of an activity. Finished activities (done, cancelled) are not carried over to a new
 * programme period; a done activity may be reopened, a cancelled one revived as planned.
 */
public enum ActivityStatus {
    PLANNED, ONGOING, DONE, CANCELLED;

    public boolean unfinished() {
        return this == PLANNED || this == ONGOING;
    }

    /** The statuses this one may change to (besides staying the same). */
    public Set<ActivityStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ONGOING, DONE, CANCELLED);
            case ONGOING -> EnumSet.of(PLANNED, DONE, CANCELLED);
            case DONE -> EnumSet.of(ONGOING);
            case CANCELLED -> EnumSet.of(PLANNED);
        };
    }

    public boolean mayBecome(ActivityStatus target) {
        return this == target || next().contains(target);
    }
}
