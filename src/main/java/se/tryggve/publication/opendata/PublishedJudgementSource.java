package se.tryggve.publication.opendata;

import java.util.List;

import org.springframework.stereotype.Component;

import se.tryggve.followup.FollowUpReport;
import se.tryggve.publication.PublishedReports;

/**
 * The report models of the published follow-up reports (the publication rule is the publication module's
 * {@code PublishedReports}: explicitly published, or its deciding paragraph adjusted).
 */
@Component
class PublishedJudgementSource {

    private final PublishedReports reports;

    PublishedJudgementSource(PublishedReports reports) {
        this.reports = reports;
    }

    /** The models of the public reports, oldest year first. */
    List<FollowUpReport> publishedReports(long m) {
        return reports.reports(m).stream().sorted(java.util.Comparator.comparingInt(PublishedReports.PublishedReport::year))
                .map(r -> reports.model(m, r.followUpId())).toList();
    }
}
