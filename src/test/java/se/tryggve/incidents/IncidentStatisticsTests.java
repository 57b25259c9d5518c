package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.tryggve.incidents.GraffitiTargetsTests.at;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The statistics against figures computed by hand from eight incidents (see the comments), and the rollup
 * kept fresh by the "Incident" StateChanged events.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(TestData.class)
class IncidentStatisticsTests {

    @Autowired
    IncidentStatistics statistics;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    IncidentStatsFixture f;
    long m;
    long g;
    long k;
    long other;
    long north;
    long south;

    @BeforeEach
    void data() {
        f = new IncidentStatsFixture(jdbc);
        m = testData.newMunicipality("Statistikby").id();
        g = f.category(m, "t-klotter", "Klotter", "GRAFFITI", false);
        k = f.category(m, "t-krankande", "Klotter – kränkande", "GRAFFITI", true);
        other = f.category(m, "t-ovrigt", "Övrig skadegörelse", "OTHER", false);
        north = f.district(m, "N", "Norr");
        south = f.district(m, "S", "Söder");
        // 1: 24 h, within 48 h, police, 1 000 kr
        long i1 = f.incident(m, g, false, north, at("2021-03-10T10:00"), at("2021-03-11T10:00"), "REMOVED", "STAFF", true, 59.2101, 17.9501);
        f.cost(m, i1, "1000", LocalDate.of(2021, 3, 11));
        // 2: 60 h, not within, 3 000 kr
        long i2 = f.incident(m, g, false, north, at("2021-03-15T08:00"), at("2021-03-17T20:00"), "REMOVED", "STAFF", false, 59.2102, 17.9502);
        f.cost(m, i2, "3000", LocalDate.of(2021, 3, 17));
        // 3: 47 h 45 min over Easter (ordinary graffiti: clock hours), within, police, 500 kr
        long i3 = f.incident(m, g, false, south, at("2021-04-02T09:00"), at("2021-04-04T08:45"), "REMOVED", "STAFF", true, null, null);
        f.cost(m, i3, "500", LocalDate.of(2021, 4, 4));
        // 4: offensive, Maundy Thursday 15:00 → due Tuesday 6 April 15:00, removed 14:00 (119 h), within, police, 2 000 kr
        long i4 = f.incident(m, k, true, south, at("2021-04-01T15:00"), at("2021-04-06T14:00"), "REMOVED", "STAFF", true, 59.2501, 17.9801);
        f.cost(m, i4, "2000", LocalDate.of(2021, 4, 6));
        // 5: offensive before midsummer → due Monday 28 June 10:00, removed 11:00 (97 h), not within, police
        f.incident(m, k, true, north, at("2021-06-24T10:00"), at("2021-06-28T11:00"), "REMOVED", "STAFF", true, null, null);
        // 6: other vandalism, no district, by phone, open
        f.incident(m, other, false, null, at("2021-03-20T12:00"), null, "REPORTED", "PHONE", false, null, null);
        // 7: a duplicate: not counted
        f.incident(m, g, false, north, at("2021-05-05T12:00"), null, "DUPLICATE", "STAFF", false, null, null);
        // baseline: 2018 30 h within, 10 000 kr; 2019 50 h not within, 6 000 kr → mean 8 000, target 4 000
        long b1 = f.incident(m, g, false, north, at("2018-07-02T12:00"), at("2018-07-03T18:00"), "REMOVED", "STAFF", false, null, null);
        f.cost(m, b1, "10000", LocalDate.of(2018, 7, 3));
        long b2 = f.incident(m, g, false, north, at("2019-07-01T12:00"), at("2019-07-03T14:00"), "REMOVED", "STAFF", false, null, null);
        f.cost(m, b2, "6000", LocalDate.of(2019, 7, 3));
        statistics.rebuildStatistics(m);
    }

    @Test
    void theYearMatchesTheHandComputedFigures() {
        IncidentStatisticsReport r = statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021));
        var t = r.total();
        assertThat(t.reports()).isEqualTo(6);
        assertThat(t.removed()).isEqualTo(5);
        assertThat(t.assessed()).isEqualTo(5);
        assertThat(t.withinTarget()).isEqualTo(3);
        assertThat(t.withinTargetShare()).isCloseTo(0.6, within(1e-9));
        // 1440, 2865, 3600, 5820, 7140 minutes → 3600 = 60 h
        assertThat(t.medianRemovalHours()).isEqualTo(60.0);
        assertThat(t.cost()).isEqualByComparingTo("6500");
        assertThat(t.policeReported()).isEqualTo(4);
        assertThat(t.policeReportedShare()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(t.byChannel().get(Channel.PHONE)).isEqualTo(1);
        assertThat(t.byChannel().get(Channel.STAFF)).isEqualTo(5);
        assertThat(r.offensive().reports()).isEqualTo(2);
        assertThat(r.offensive().withinTargetShare()).isEqualTo(0.5);
        assertThat(r.offensive().medianRemovalHours()).isEqualTo((97 + 119) / 2.0);
        assertThat(r.notOffensive().withinTargetShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.byMonth()).hasSize(12);
        assertThat(r.byMonth()).extracting(x -> x.figures().reports()).containsExactly(0, 0, 3, 2, 0, 1, 0, 0, 0, 0, 0, 0);
        assertThat(r.byDistrict()).extracting(IncidentStatisticsReport.Row::label).containsExactly("Norr", "Söder", null);
        assertThat(r.byDistrict()).extracting(x -> x.figures().reports()).containsExactly(3, 2, 1);
        assertThat(r.byCategory()).extracting(IncidentStatisticsReport.Row::key).contains("t-klotter", "t-krankande", "t-ovrigt");
        assertThat(r.hotspots().get(0).reports()).isEqualTo(2);
    }

    @Test
    void theWholePeriodAndTheCostTarget() {
        IncidentStatisticsReport r = statistics.statistics(m, IncidentStatistics.Filter.wholePeriod());
        assertThat(r.total().reports()).isEqualTo(8);
        assertThat(r.total().withinTarget()).isEqualTo(4);
        // 1440, 1800, 2865, 3000, 3600, 5820, 7140 → 3000 = 50 h
        assertThat(r.total().medianRemovalHours()).isEqualTo(50.0);
        assertThat(r.byYear()).extracting(IncidentStatisticsReport.Row::key).containsExactly("2018", "2019", "2021");
        var c = r.costTarget();
        assertThat(c.baselineMeanCost()).isEqualByComparingTo("8000");
        assertThat(c.targetCost()).isEqualByComparingTo("4000");
        assertThat(c.years()).extracting(IncidentStatisticsReport.YearCost::year).containsExactly(2018, 2019, 2021);
        assertThat(c.years().get(2).met()).isFalse();
        assertThat(c.years().get(0).met()).isNull();
    }

    @Test
    void filtersByDistrictAndCategory() {
        var byNorth = statistics.statistics(m, new IncidentStatistics.Filter(2021, null, null, north, null));
        assertThat(byNorth.total().reports()).isEqualTo(3);
        assertThat(byNorth.total().cost()).isEqualByComparingTo("4000");
        var offensive = statistics.statistics(m, new IncidentStatistics.Filter(null, LocalDate.of(2021, 4, 15), LocalDate.of(2021, 6, 1),
                null, "t-krankande"));
        assertThat(offensive.total().reports()).isEqualTo(2);
        assertThat(offensive.byMonth()).hasSize(3);
        assertThatThrownBy(() -> statistics.statistics(m, new IncidentStatistics.Filter(null, null, null, null, "nope")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> statistics.statistics(m, new IncidentStatistics.Filter(null, null, null, 999_999L, null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anIncidentChangeMarksItsMonthDirtyInTheSameTransactionAndTheNextAnswerIncludesIt() {
        assertThat(statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021)).byMonth().get(2).figures().reports()).isEqualTo(3);
        long id = tx.execute(s -> {
            long i = f.incident(m, g, false, north, at("2021-03-25T10:00"), null, "REPORTED", "OPEN311", false, null, null);
            events.publishEvent(StateChanged.of(m, "Incident", i, "created").value("status", "REPORTED").build());
            return i;
        });
        var r = statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021));
        assertThat(r.byMonth().get(2).figures().reports()).isEqualTo(4);
        assertThat(r.total().byChannel().get(Channel.OPEN311)).isEqualTo(1);
        // the removal 10 h later: within target; a change rolled back leaves no dirty mark
        tx.executeWithoutResult(s -> {
            jdbc.sql("update incident set status = 'REMOVED', removed_at = :t where id = :id")
                    .param("t", java.sql.Timestamp.from(at("2021-03-25T20:00"))).param("id", id).update();
            events.publishEvent(StateChanged.of(m, "Incident", id, "removed").build());
        });
        r = statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021));
        assertThat(r.total().removed()).isEqualTo(6);
        assertThat(r.total().withinTarget()).isEqualTo(4);
        tx.executeWithoutResult(s -> {
            events.publishEvent(StateChanged.of(m, "Incident", id, "updated").build());
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from incident_stats_dirty where municipality_id = :m").param("m", m)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherMunicipalitySeesNothing() {
        long other = testData.newMunicipality("Annanby").id();
        assertThat(statistics.statistics(other, IncidentStatistics.Filter.wholePeriod()).total().reports()).isZero();
        assertThat(statistics.hotspots(other, null, null, 10)).isEmpty();
    }

    static Instant unused() {
        return Instant.EPOCH;
    }
}
