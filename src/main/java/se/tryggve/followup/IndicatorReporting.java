package se.tryggve.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.Indicator;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;

/**
 * Indicator values as a department reports them with its part, and as the coordinator enters them one
 * year at a time. The part and its values are saved in one transaction: a refused value leaves the
 * part unsaved too, so nothing is ever half-saved.
 */
@Service
public class IndicatorReporting {

    private final FollowUps followUps;
    private final IndicatorValues values;
    private final GovernanceQueries governance;

    IndicatorReporting(FollowUps followUps, IndicatorValues values, GovernanceQueries governance) {
        this.followUps = followUps;
        this.values = values;
        this.governance = governance;
    }

    /**
     * One indicator's value as entered on a form: a number or a reason it is missing. {@code version}
     * is the version the user saw, or null when there was no value yet.
     */
    public record ValueInput(long indicatorId, BigDecimal value, String missingReason, Long version) {

        boolean empty() {
            return value == null && FollowUp.blankToNull(missingReason) == null;
        }
    }

    /** The indicators a department reports on in its part: those of the part's goals. */
    @Transactional(readOnly = true)
    public List<Indicator> indicatorsOf(long m, DepartmentPart part) {
        FollowUp f = followUps.followUp(m, part.followUpId());
        Set<Long> goalIds = new HashSet<>();
        part.goals().forEach(g -> goalIds.add(g.goalId()));
        return governance.indicators(m, f.documentId()).stream()
                .filter(i -> i.goalId() != null && goalIds.contains(i.goalId())).toList();
    }

    /**
     * Saves a department's draft together with the follow-up year's values of its indicators. A value
     * left empty that was never recorded is skipped (not yet reported); a recorded one cannot be
     * emptied, only replaced by a number or a reason. A refusal of row {@code i} names the field
     * {@code indicators[i].value} or {@code indicators[i].missingReason}.
     */
    @Transactional
    public DepartmentPart savePartWithValues(long m, long followUpId, long partId, long expectedVersion,
                                             List<GoalReport> goals, List<ActivityReport> activities,
                                             List<ValueInput> indicatorValues) {
        DepartmentPart saved = followUps.updatePart(m, followUpId, partId, expectedVersion, goals, activities);
        FollowUp f = followUps.followUp(m, followUpId);
        Set<Long> allowed = new HashSet<>();
        indicatorsOf(m, saved).forEach(i -> allowed.add(i.id()));
        Set<Long> seen = new HashSet<>();
        List<ValueInput> rows = indicatorValues == null ? List.of() : indicatorValues;
        for (int i = 0; i < rows.size(); i++) {
            ValueInput in = rows.get(i);
            if (in == null || !allowed.contains(in.indicatorId()) || !seen.add(in.indicatorId())) {
                throw new RuleViolationException("indicators", "followup.indicator.notInPart");
            }
            if (in.empty() && in.version() == null) {
                continue;
            }
            try {
                // a value recorded meanwhile (by the other department of a shared goal, or an import) is a stale form
                record(m, in.indicatorId(), f.year(), in.value(), in.missingReason(), in.version(), true);
            } catch (RuleViolationException e) {
                String field = "missingReason".equals(e.field()) ? "missingReason" : "value";
                throw new RuleViolationException("indicators[" + i + "]." + field, e.messageKey(), e.args());
            }
        }
        return followUps.part(m, followUpId, partId);
    }

    /**
     * Records one year's value as the coordinator enters it. {@code expectedVersion} null means the user
     * saw no value for the year: if one exists, the user is told to edit that one instead of silently
     * overwriting it.
     */
    @Transactional
    public IndicatorValue recordValue(long m, long indicatorId, Integer year, BigDecimal value, String missingReason,
                                      Long expectedVersion) {
        return record(m, indicatorId, year, value, missingReason, expectedVersion, false)
                .orElseGet(() -> values.value(m, indicatorId, year).orElseThrow());
    }

    /** Records unless nothing changed; empty when the value was already exactly this. */
    private Optional<IndicatorValue> record(long m, long indicatorId, Integer year, BigDecimal value, String missingReason,
                                            Long expectedVersion, boolean existingIsStale) {
        governance.indicator(m, indicatorId);
        Optional<IndicatorValue> before = year == null ? Optional.empty() : values.value(m, indicatorId, year);
        if (before.isPresent() && expectedVersion == null) {
            if (existingIsStale) {
                throw new StaleVersionException("Indikatorvärde", indicatorId);
            }
            throw new RuleViolationException("year", "followup.indicator.year.exists");
        }
        if (before.isPresent() && before.get().version() != expectedVersion) {
            throw new StaleVersionException("Indikatorvärde", indicatorId);
        }
        String reason = FollowUp.blankToNull(missingReason);
        if (before.isPresent() && sameNumber(before.get().value(), value) && Objects.equals(before.get().missingReason(), reason)) {
            return Optional.empty();
        }
        return Optional.of(values.recordValue(m, indicatorId, year, value, reason, IndicatorValue.Source.ENTERED,
                expectedVersion));
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The follow-up year's values of the given indicators, for filling in a form. */
    @Transactional(readOnly = true)
    public List<Optional<IndicatorValue>> valuesFor(long m, List<Indicator> indicators, int year) {
        List<Optional<IndicatorValue>> out = new ArrayList<>();
        for (Indicator i : indicators) {
            out.add(values.value(m, i.id(), year));
        }
        return out;
    }
}
