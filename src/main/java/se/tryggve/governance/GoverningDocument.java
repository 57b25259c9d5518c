package se.tryggve.governance;

import java.util.Set;

import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;

/**
 * A governing document (aggregate root of areas, goals, indicators and activities). Guards its
 * life cycle: only a draft can be adopted, and only with a decision; only an adopted document can
 * expire; an expired document is kept as it was and no longer edited.
 */
public record GoverningDocument(long id, long municipalityId, DocumentKind kind, String title, Period period,
                                DocumentStatus status, AdoptingDecision decision, String overarchingGoal,
                                Set<Perspective> perspectives, Long copiedFrom, long version) {

    public GoverningDocument {
        perspectives = perspectives == null ? Set.of() : Set.copyOf(perspectives);
    }

    GoverningDocument adopt(AdoptingDecision adopting) {
        if (status != DocumentStatus.DRAFT) {
            throw new RuleViolationException("status", "governance.document.adoptOnlyDraft");
        }
        if (adopting == null || adopting.body() == null || adopting.date() == null) {
            throw new RuleViolationException("body", "governance.decision.required");
        }
        return new GoverningDocument(id, municipalityId, kind, title, period, DocumentStatus.ADOPTED, adopting,
                overarchingGoal, perspectives, copiedFrom, version);
    }

    GoverningDocument expire() {
        if (status != DocumentStatus.ADOPTED) {
            throw new RuleViolationException("status", "governance.document.expireOnlyAdopted");
        }
        return new GoverningDocument(id, municipalityId, kind, title, period, DocumentStatus.EXPIRED, decision,
                overarchingGoal, perspectives, copiedFrom, version);
    }

    GoverningDocument edit(DocumentKind newKind, String newTitle, Period newPeriod, String newGoal,
                           Set<Perspective> newPerspectives) {
        checkEditable();
        return new GoverningDocument(id, municipalityId, newKind, newTitle, newPeriod, status, decision, newGoal,
                newPerspectives, copiedFrom, version);
    }

    /** An expired document is history: its content stays as it was when it ceased to apply. */
    void checkEditable() {
        if (status == DocumentStatus.EXPIRED) {
            throw new RuleViolationException(null, "governance.document.expiredReadOnly");
        }
    }

    /** Changes to an adopted document's structure are allowed but flagged in the audit log. */
    boolean adopted() {
        return status == DocumentStatus.ADOPTED;
    }
}
