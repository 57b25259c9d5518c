package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.Indicator;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoFollowUpsTests {

    @Autowired
    FollowUps followUps;
    @Autowired
    IndicatorValues values;
    @Autowired
    GovernanceQueries governance;
    @Autowired
    Municipalities municipalities;
    @Autowired
    FollowUpReports reports;

    @Test
    void threeApprovedYearsWithThePandemicNoteAndJudgedGoals() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        assertThat(followUps.scale(m)).isEqualTo(JudgementScale.MET_PARTLY_NOT_MET);
        List<FollowUp> all = followUps.listFollowUps(m).stream().sorted(Comparator.comparingInt(FollowUp::year)).toList();
        assertThat(all).extracting(FollowUp::year).containsExactly(2019, 2020, 2021);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.APPROVED);
            assertThat(f.summary()).contains("Exempeltext");
            assertThat(f.overrideReason()).isNull();
            assertThat(followUps.parts(m, f.id())).allSatisfy(p -> {
                assertThat(p.status()).isEqualTo(PartStatus.ACCEPTED);
                assertThat(p.goals()).allSatisfy(g -> assertThat(g.judgement()).isNotNull());
            });
        });
        assertThat(all.get(0).noteOnYear()).isNull();
        assertThat(all.get(1).noteOnYear()).contains("pandemin");
        assertThat(all.get(2).noteOnYear()).contains("Pandemin");
        assertThat(all.get(2).periodJudgement()).isEqualTo(Judgement.MET);
        FollowUpReport report = reports.assemble(m, all.get(2).id());
        assertThat(report.title()).isEqualTo("Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021");
        assertThat(report.date()).isEqualTo(java.time.LocalDate.of(2022, 2, 1));
        assertThat(report.years()).containsExactly(2019, 2020, 2021);
        assertThat(report.example()).isTrue();
        assertThat(followUps.parts(m, all.get(2).id())).allSatisfy(p -> assertThat(p.submittedAt())
                .isBefore(java.time.Instant.parse("2022-01-15T00:00:00Z")));
    }

    @Test
    void oneIndicatorYearIsMissingWithItsReason() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        long doc = followUps.listFollowUps(m).get(0).documentId();
        List<IndicatorValue> survey = governance.indicators(m, doc).stream().filter(i -> i.koladaKpi() == null)
                .map(Indicator::id).findFirst().map(id -> values.values(m, id)).orElseThrow();
        assertThat(survey).extracting(IndicatorValue::year).containsExactly(2018, 2019, 2020, 2021);
        assertThat(survey.get(2).missing()).isTrue();
        assertThat(survey.get(2).missingReason()).isEqualTo(DemoFollowUps.MISSING_2020);
    }
}
