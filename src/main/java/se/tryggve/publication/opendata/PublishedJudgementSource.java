package se.tryggve.publication.opendata;

import java.util.List;

import org.springframework.stereotype.Component;

import se.tryggve.followup.FollowUpReport;

/**
 * The report models of the published follow-up reports (the publication rule is the publication module's
 * {@code PublishedReports}: explicitly published, or its deciding paragraph adjusted).
 */
@Component
class PublishedJudgementSource {

    List<FollowUpReport> publishedReports(long m) {
        return List.of();
    }
}
