package se.tryggve.actionplan;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one measure (a governance activity of the plan) is linked to: the problems and causes of the plan's
 * lägesbild it addresses and the indicators that follow it (besides the indicators of its goals).
 * {@code version} is the plan's link version, for If-Match.
 */
public record MeasureLinks(long planId, long activityId, Set<Long> problemIds, Set<Long> causeIds, Set<Long> indicatorIds,
                           long version) {

    public MeasureLinks {
        problemIds = java.util.Collections.unmodifiableSet(new TreeSet<>(problemIds));
        causeIds = java.util.Collections.unmodifiableSet(new TreeSet<>(causeIds));
        indicatorIds = java.util.Collections.unmodifiableSet(new TreeSet<>(indicatorIds));
    }

    Set<Long> of(LinkType type) {
        return switch (type) {
            case PROBLEM -> problemIds;
            case CAUSE -> causeIds;
            case INDICATOR -> indicatorIds;
        };
    }
}
