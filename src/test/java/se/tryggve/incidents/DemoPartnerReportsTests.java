package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.PartnerDirectory;
import se.tryggve.organisation.PartnerOrganisationInfo;
import se.tryggve.testing.IntegrationTest;

/** The EST demo: two example partner organisations and ISO weeks 2025-W01 … W52 of their reports in Huddinge. */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoPartnerReportsTests {

    @Autowired
    Municipalities municipalities;
    @Autowired
    PartnerDirectory partners;
    @Autowired
    IncidentDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theGeneratedYearHasPlausibleWeeksAndIsTheSameEveryTime() {
        var reports = DemoPartnerReports.generate();
        assertThat(DemoPartnerReports.generate()).isEqualTo(reports);
        Map<Integer, Integer> perWeek = new TreeMap<>();
        int evening = 0;
        int weekend = 0;
        for (var r : reports) {
            var t = r.occurredAt().atZone(Incidents.STOCKHOLM);
            perWeek.merge(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum);
            assertThat(t.get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(2025);
            evening += t.getHour() >= 17 || t.getHour() < 3 ? 1 : 0;
            weekend += t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
        }
        assertThat(perWeek).hasSize(52);
        assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isBetween(20, 61));
        // more in the evenings and at weekends (2 days of 7), more in summer than in winter
        assertThat(evening).isGreaterThan(reports.size() * 6 / 10);
        assertThat(weekend).isGreaterThan(reports.size() * 2 / 7);
        assertThat(perWeek.get(28)).isGreaterThan(perWeek.get(6));
        assertThat(reports).extracting(DemoPartnerReports.Report::category).contains(DemoPartnerReports.CATEGORIES);
        // the last week waits for review, the others are reviewed
        assertThat(reports).allSatisfy(r -> assertThat(r.reviewedAt() == null)
                .isEqualTo(r.occurredAt().atZone(Incidents.STOCKHOLM).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 52));
        assertThat(DemoPartnerReports.monday(2025, 1)).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void huddingeHasTheExampleOrganisationsAndTheirReportsInItsDistricts() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        assertThat(partners.partnerOrganisations(m)).extracting(PartnerOrganisationInfo::name)
                .containsExactlyInAnyOrder(DemoPartnerReports.HOUSING, DemoPartnerReports.SECURITY);
        assertThat(partners.partnerOrganisations(m)).allMatch(PartnerOrganisationInfo::example);
        int generated = DemoPartnerReports.generate().size();
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m and channel = 'PARTNER'").param("m", m)
                .query(Long.class).single()).isEqualTo(generated);
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m and channel = 'PARTNER' and district_id is null")
                .param("m", m).query(Long.class).single()).isZero();
        long last = DemoPartnerReports.generate().stream().filter(r -> r.reviewedAt() == null).count();
        assertThat(directory.countReviewQueue(m)).isEqualTo(last);
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m and status = 'DUPLICATE' and channel = 'PARTNER' and duplicate_of is null")
                .param("m", m).query(Long.class).single()).isZero();
    }
}
