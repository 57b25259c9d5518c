package se.tryggve.actionplan;

import java.util.List;

/**
 * An action plan's basis and links: the lägesbild it is based on (null until chosen), the version of the
 * links (optimistic locking) and every measure of the plan with what it is linked to.
 */
public record ActionPlanLinks(long planId, Long assessmentId, long version, List<MeasureLinks> measures) {

    public ActionPlanLinks {
        measures = List.copyOf(measures);
    }
}
