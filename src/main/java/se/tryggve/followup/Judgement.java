package se.tryggve.followup;

import java.util.List;

import se.tryggve.organisation.JudgementScale;
import se.tryggve.shared.RuleViolationException;

/** A judgement of goal fulfilment; which values are allowed depends on the municipality's scale. */
public enum Judgement {
    MET, PARTLY_MET, NOT_MET, GREEN, YELLOW, RED;

    /** The judgements of a scale, in the order they are offered. */
    public static List<Judgement> of(JudgementScale scale) {
        return switch (scale) {
            case NONE -> List.of();
            case MET_PARTLY_NOT_MET -> List.of(MET, PARTLY_MET, NOT_MET);
            case TRAFFIC_LIGHTS -> List.of(GREEN, YELLOW, RED);
        };
    }

    /** Refuses a judgement that is not on the scale (a municipality without a scale takes none). */
    static void checkOnScale(JudgementScale scale, Judgement j, String field) {
        if (j != null && !of(scale).contains(j)) {
            throw new RuleViolationException(field, "followup.judgement.notOnScale");
        }
    }

    /** On a scale with judgements, a finished report must carry one. */
    static void checkPresent(JudgementScale scale, Judgement j, String field) {
        if (j == null && scale != JudgementScale.NONE) {
            throw new RuleViolationException(field, "followup.judgement.required");
        }
    }
}
