package se.tryggve.followup;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.Indicator;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/** Indicator values per year (entered by departments or imported from Kolada) and their reads. */
@Service
public class IndicatorValues {

    static final String VALUE = "IndicatorValue";
    /** A year outside this range is a typing error, not an indicator year. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final GovernanceQueries governance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorValues(JdbcClient jdbc, GovernanceQueries governance, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.governance = governance;
        this.events = events;
        this.clock = clock;
    }

    /** All values of one indicator, by year ascending. */
    @Transactional(readOnly = true)
    public List<IndicatorValue> values(long m, long indicatorId) {
        governance.indicator(m, indicatorId);
        return jdbc.sql("select * from follow_up_indicator_value where municipality_id = :m and indicator_id = :i order by value_year")
                .param("m", m).param("i", indicatorId).query(IndicatorValues::map).list();
    }

    /** The values of several indicators (e.g. all of a document's), indicator id → values by year ascending. */
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorValue>> values(long m, Collection<Long> indicatorIds) {
        Map<Long, List<IndicatorValue>> out = new LinkedHashMap<>();
        for (Long id : indicatorIds) {
            out.put(id, new java.util.ArrayList<>());
        }
        if (indicatorIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from follow_up_indicator_value where municipality_id = :m and indicator_id in (:ids) order by indicator_id, value_year")
                .param("m", m).param("ids", indicatorIds).query(IndicatorValues::map).list()
                .forEach(v -> out.get(v.indicatorId()).add(v));
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorValue> value(long m, long indicatorId, int year) {
        return jdbc.sql("select * from follow_up_indicator_value where municipality_id = :m and indicator_id = :i and value_year = :y")
                .param("m", m).param("i", indicatorId).param("y", year).query(IndicatorValues::map).optional();
    }

    /**
     * Records (or replaces) an indicator's value for a year: a number, or no number and a reason why it is
     * missing. {@code expectedVersion} is the version the user saw, or null for a new value (or when the
     * caller, like an import, replaces whatever is there).
     */
    @Transactional
    public IndicatorValue recordValue(long m, long indicatorId, Integer year, BigDecimal value, String missingReason,
                                      IndicatorValue.Source source, Long expectedVersion) {
        Indicator indicator = governance.indicator(m, indicatorId);
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException("year", "followup.indicator.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
        String reason = FollowUp.blankToNull(missingReason);
        if (value == null && reason == null) {
            throw new RuleViolationException("value", "followup.indicator.value.orReason");
        }
        if (value != null && reason != null) {
            throw new RuleViolationException("missingReason", "followup.indicator.value.notBoth");
        }
        if (value != null && (value.abs().compareTo(new BigDecimal("999999999999")) > 0 || value.scale() > 2)) {
            throw new RuleViolationException("value", "followup.indicator.value.invalid");
        }
        Optional<IndicatorValue> before = value(m, indicatorId, year);
        if (expectedVersion != null && before.isPresent() && before.get().version() != expectedVersion) {
            throw new StaleVersionException("Indikatorvärde", indicatorId);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (before.isPresent()) {
            int rows = jdbc.sql("""
                    update follow_up_indicator_value set numeric_value = :v, missing_reason = :r, source = :s, recorded_at = :t,
                      version = version + 1
                    where municipality_id = :m and indicator_id = :i and value_year = :y and version = :ver""")
                    .param("v", value).param("r", reason).param("s", source.name()).param("t", now)
                    .param("m", m).param("i", indicatorId).param("y", year).param("ver", before.get().version()).update();
            if (rows == 0) {
                throw new StaleVersionException("Indikatorvärde", indicatorId);
            }
        } else {
            jdbc.sql("""
                    insert into follow_up_indicator_value (municipality_id, indicator_id, value_year, numeric_value, missing_reason, source, recorded_at)
                    values (:m, :i, :y, :v, :r, :s, :t)""")
                    .param("m", m).param("i", indicatorId).param("y", year).param("v", value).param("r", reason)
                    .param("s", source.name()).param("t", now).update();
        }
        IndicatorValue after = value(m, indicatorId, year).orElseThrow();
        events.publishEvent(StateChanged.of(m, VALUE, indicator.id() + "/" + year, before.isPresent() ? "updated" : "created")
                .field("indicator", before.isPresent() ? indicator.name() : null, indicator.name())
                .field("value", before.map(IndicatorValue::value).orElse(null), value)
                .field("missingReason", before.map(IndicatorValue::missingReason).orElse(null), reason)
                .field("source", before.map(b -> b.source().name()).orElse(null), source.name())
                .build());
        return after;
    }

    private static IndicatorValue map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new IndicatorValue(rs.getLong("indicator_id"), rs.getInt("value_year"), rs.getBigDecimal("numeric_value"),
                rs.getString("missing_reason"), IndicatorValue.Source.valueOf(rs.getString("source")), rs.getLong("version"));
    }
}
