package se.tryggve.assessment;

/** The municipality's settings for the lägesbild. */
public final class AssessmentSettings {

    private AssessmentSettings() {
    }

    /**
     * @param decidingBodyId     the body that decides the lägesbild (null: not chosen; any body's decision counts)
     * @param revisionMonths     months from adoption until it is due for revision (24: every two years by default)
     * @param reminderDaysBefore days before the revision date the coordinators are reminded (60 by default)
     */
    public record Values(Long decidingBodyId, int revisionMonths, int reminderDaysBefore) {
        public static final Values DEFAULTS = new Values(null, 24, 60);
    }
}
