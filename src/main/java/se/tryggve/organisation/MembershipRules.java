package se.tryggve.organisation;

import java.util.List;
import java.util.Objects;

import se.tryggve.shared.Period;
import se.tryggve.shared.RuleViolationException;

/**
 * The rules that keep the member register free of contradictions. Protocols and decisions take a
 * member's party and role from the register as valid on the meeting date, so the register must give
 * exactly one answer: one seat per person and body at a time, one chair and one vice chair at a time.
 */
final class MembershipRules {

    private MembershipRules() {
    }

    /** One seat in a body: the membership's id (null when new), person, role and period. */
    record Seat(Long id, long personId, MembershipRole role, Period period) {
    }

    /** Refuses the candidate seat if it contradicts another seat of the same body. */
    static void check(Seat candidate, List<Seat> sameBody) {
        for (Seat other : sameBody) {
            if (candidate.id() != null && Objects.equals(candidate.id(), other.id())) {
                continue;
            }
            if (!candidate.period().overlaps(other.period())) {
                continue;
            }
            if (candidate.personId() == other.personId()) {
                throw new RuleViolationException("personId", "organisation.membership.personOverlap");
            }
            if (candidate.role() == other.role() && candidate.role() == MembershipRole.CHAIR) {
                throw new RuleViolationException("role", "organisation.membership.chairOverlap");
            }
            if (candidate.role() == other.role() && candidate.role() == MembershipRole.VICE_CHAIR) {
                throw new RuleViolationException("role", "organisation.membership.viceChairOverlap");
            }
        }
    }
}
