package se.tryggve.publication.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.tryggve.followup.FollowUpReport;
import se.tryggve.followup.Judgement;
import se.tryggve.organisation.JudgementScale;

/** The judgements dataset has one row per goal of each published report, with the judgement as label and code. */
class JudgementDatasetTests {

    @Test
    void oneRowPerGoalOfEachPublishedReport() {
        var goal1 = new FollowUpReport.GoalSection(1, "Minskad skadegörelse", null, List.of("Kultur- och fritidsförvaltningen",
                "Samhällsbyggnadsförvaltningen"), List.of(), Judgement.PARTLY_MET, Map.of(2021, Judgement.PARTLY_MET), List.of());
        var goal2 = new FollowUpReport.GoalSection(2, "Ökad trygghet", null, List.of("Kommunstyrelsens förvaltning"), List.of(),
                null, Map.of(), List.of());
        var report = new FollowUpReport(7, "Huddinge kommun", "Program för trygghet och säkerhet", 2021, "Uppföljning 2021",
                null, LocalDate.of(2022, 3, 1), "KS-2022/177.173", false, false, JudgementScale.MET_PARTLY_NOT_MET, "Sammanfattning",
                Judgement.PARTLY_MET, false, null, null, List.of(2021),
                List.of(new FollowUpReport.AreaSection(1, "Trygghetsskapande arbete", null, List.of(goal1, goal2))),
                List.of(), List.of(), List.of());
        PublishedJudgementSource source = new PublishedJudgementSource(null) {
            @Override
            List<FollowUpReport> publishedReports(long m) {
                return List.of(report);
            }
        };
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/followup", "messages/publicationdata");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Dataset d = new OpenData(source, null, null, null, messages).judgements(1);
        assertThat(d.columns()).isEqualTo(OpenData.JUDGEMENT_COLUMNS);
        assertThat(d.rows()).containsExactly(
                Arrays.asList(2021, "Program för trygghet och säkerhet", "Trygghetsskapande arbete", "Minskad skadegörelse",
                        "Delvis uppfyllt", "PARTLY_MET", "Kultur- och fritidsförvaltningen; Samhällsbyggnadsförvaltningen"),
                Arrays.asList(2021, "Program för trygghet och säkerhet", "Trygghetsskapande arbete", "Ökad trygghet",
                        null, null, "Kommunstyrelsens förvaltning"));
    }
}
