package se.tryggve.shared;

import java.time.LocalDate;

/** A closed date interval; an open end is null. A period never ends before it starts. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new RuleViolationException("validFrom", "shared.period.fromRequired");
        }
        if (to != null && to.isBefore(from)) {
            throw new RuleViolationException("validTo", "shared.period.endsBeforeStart");
        }
    }

    public boolean overlaps(Period other) {
        boolean thisEndsBeforeOther = to != null && to.isBefore(other.from);
        boolean otherEndsBeforeThis = other.to != null && other.to.isBefore(from);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
