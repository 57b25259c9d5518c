package se.tryggve.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpStatus;
import se.tryggve.followup.FollowUps;
import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;

/**
 * The publication rules of follow-up reports and governing documents on the demo: the 2021 report is public
 * because § 11 deciding its case KS-2022/177.173 is adjusted; the earlier ones only once published explicitly.
 */
// A context (and so a database) of its own: these tests publish and correct the demo's follow-ups, which the
// other demo tests read as the demo left them.
@IntegrationTest(properties = {"tryggve.demo.enabled=true", "tryggve.test.context=published-reports"})
class PublishedReportsTests {

    @Autowired PublishedReports reports;
    @Autowired PublishedDocuments documents;
    @Autowired FollowUps followUps;
    @Autowired GovernanceQueries governance;
    @Autowired Municipalities municipalities;

    long m() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    @Test
    void theDecidedReportIsPublicAndTheOthersWaitForPublication() {
        long m = m();
        List<PublishedReports.PublishedReport> published = reports.reports(m);
        assertThat(published).singleElement().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2021);
            assertThat(r.caseNumber()).isEqualTo("KS-2022/177.173");
            assertThat(r.reason()).isEqualTo(PublishedReports.DECISION_ADJUSTED);
            assertThat(r.title()).isNotBlank();
        });
        long decided = published.get(0).followUpId();
        assertThat(reports.model(m, decided).year()).isEqualTo(2021);
        assertThat(reports.pdf(m, decided)).isPresent();

        FollowUp y2019 = followUps.listFollowUps(m).stream().filter(f -> f.year() == 2019).findFirst().orElseThrow();
        assertThat(reports.report(m, y2019.id())).isEmpty();
        assertThat(reports.pdf(m, y2019.id())).isEmpty();
        assertThatThrownBy(() -> reports.model(m, y2019.id())).isInstanceOf(NotFoundException.class);

        followUps.publishReport(m, y2019.id(), "samordnare");
        assertThat(reports.report(m, y2019.id())).get().satisfies(r -> assertThat(r.reason()).isEqualTo(PublishedReports.EXPLICIT));
        assertThat(reports.reports(m)).extracting(PublishedReports.PublishedReport::year).containsExactly(2021, 2019);

        followUps.withdrawReportPublication(m, y2019.id());
        assertThat(reports.report(m, y2019.id())).isEmpty();
        // withdrawing an explicit publication does not hide a decided report
        followUps.withdrawReportPublication(m, decided);
        assertThat(reports.report(m, decided)).isPresent();
    }

    @Test
    void anOpenOrSupersededFollowUpCannotBePublished() {
        long m = m();
        FollowUp y2020 = followUps.listFollowUps(m).stream().filter(f -> f.year() == 2020).findFirst().orElseThrow();
        FollowUp correction = followUps.correctFollowUp(m, y2020.id());
        assertThat(correction.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThatThrownBy(() -> followUps.publishReport(m, correction.id(), "samordnare"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("notApproved");
        assertThatThrownBy(() -> followUps.publishReport(m, y2020.id(), "samordnare"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("superseded");
        assertThat(reports.report(m, correction.id())).isEmpty();
        assertThat(reports.report(m, y2020.id())).isEmpty();
    }

    @Test
    void onlyAdoptedDocumentsArePublic() {
        long m = m();
        assertThat(documents.documents(m)).isNotEmpty().allSatisfy(d -> assertThat(d.status()).isEqualTo(DocumentStatus.ADOPTED));
        governance.listDocuments(m).stream().filter(d -> d.status() != DocumentStatus.ADOPTED)
                .forEach(d -> assertThat(documents.document(m, d.id())).isEmpty());
        assertThat(documents.document(m, 999_999)).isEmpty();
    }
}
