package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.tryggve.organisation.JudgementScale;
import se.tryggve.shared.RuleViolationException;

/** The life cycles of a department's part and of a follow-up, and the judgement scales. */
class FollowUpStateMachineTests {

    static final Instant NOW = Instant.parse("2022-01-20T10:00:00Z");

    static DepartmentPart part(PartStatus s) {
        return new DepartmentPart(1, 1, 1, 7, s, null, null, List.of(new GoalReport(3, null, null)), List.of(), 0);
    }

    static FollowUp followUp() {
        return new FollowUp(1, 1, 2, 2021, LocalDate.of(2022, 2, 1), null, FollowUpStatus.OPEN, null, null, null, null,
                null, false, 0);
    }

    static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void partGoesOpenSubmittedReturnedSubmittedAccepted() {
        DepartmentPart p = part(PartStatus.OPEN).submit(NOW);
        assertThat(p.status()).isEqualTo(PartStatus.SUBMITTED);
        assertThat(p.submittedAt()).isEqualTo(NOW);
        p = p.returnWith(" Komplettera mål 3 ");
        assertThat(p.status()).isEqualTo(PartStatus.RETURNED);
        assertThat(p.returnComment()).isEqualTo("Komplettera mål 3");
        p = p.edit(List.of(new GoalReport(3, "Arbete", Judgement.MET)), List.of());
        p = p.submit(NOW).accept();
        assertThat(p.status()).isEqualTo(PartStatus.ACCEPTED);
    }

    @Test
    void editsOnlyWhileOpenOrReturned() {
        refused(() -> part(PartStatus.SUBMITTED).edit(List.of(), List.of()), "followup.part.notEditable");
        refused(() -> part(PartStatus.ACCEPTED).edit(List.of(), List.of()), "followup.part.notEditable");
        assertThat(part(PartStatus.RETURNED).edit(List.of(), List.of()).goals()).isEmpty();
    }

    @Test
    void illegalPartTransitionsAreRefused() {
        refused(() -> part(PartStatus.SUBMITTED).submit(NOW), "followup.part.submitOnlyOpen");
        refused(() -> part(PartStatus.ACCEPTED).submit(NOW), "followup.part.submitOnlyOpen");
        refused(() -> part(PartStatus.OPEN).accept(), "followup.part.reviewOnlySubmitted");
        refused(() -> part(PartStatus.RETURNED).accept(), "followup.part.reviewOnlySubmitted");
        refused(() -> part(PartStatus.ACCEPTED).returnWith("x"), "followup.part.reviewOnlySubmitted");
        refused(() -> part(PartStatus.OPEN).returnWith("x"), "followup.part.reviewOnlySubmitted");
        refused(() -> part(PartStatus.SUBMITTED).returnWith(" "), "followup.part.commentRequired");
    }

    @Test
    void approvalNeedsAcceptedPartsOrAnOverrideReason() {
        FollowUp f = followUp().writeSummary("Sammanfattning", Judgement.MET, null, false, JudgementScale.MET_PARTLY_NOT_MET);
        refused(() -> f.approve(List.of(PartStatus.ACCEPTED, PartStatus.SUBMITTED), null, false,
                JudgementScale.MET_PARTLY_NOT_MET), "followup.approve.partsNotAccepted");
        FollowUp overridden = f.approve(List.of(PartStatus.ACCEPTED, PartStatus.SUBMITTED), "Sjukdom", false,
                JudgementScale.MET_PARTLY_NOT_MET);
        assertThat(overridden.status()).isEqualTo(FollowUpStatus.APPROVED);
        assertThat(overridden.overrideReason()).isEqualTo("Sjukdom");
        FollowUp clean = f.approve(List.of(PartStatus.ACCEPTED), "onödigt", false, JudgementScale.MET_PARTLY_NOT_MET);
        assertThat(clean.overrideReason()).isNull();
    }

    @Test
    void approvedFollowUpIsLocked() {
        FollowUp approved = followUp().approve(List.of(), null, false, JudgementScale.NONE);
        refused(() -> approved.approve(List.of(), null, false, JudgementScale.NONE), "followup.locked");
        refused(() -> approved.writeSummary("x", null, null, false, JudgementScale.NONE), "followup.locked");
        refused(approved::checkOpen, "followup.locked");
    }

    @Test
    void approvalNeedsTheJudgementsOfTheScale() {
        refused(() -> followUp().approve(List.of(), null, false, JudgementScale.TRAFFIC_LIGHTS), "followup.judgement.required");
        FollowUp judged = followUp().writeSummary(null, Judgement.GREEN, null, true, JudgementScale.TRAFFIC_LIGHTS);
        refused(() -> judged.approve(List.of(), null, true, JudgementScale.TRAFFIC_LIGHTS), "followup.judgement.required");
        assertThat(judged.approve(List.of(), null, false, JudgementScale.TRAFFIC_LIGHTS).status())
                .isEqualTo(FollowUpStatus.APPROVED);
    }

    @Test
    void judgementsMustBeOnTheMunicipalitysScale() {
        refused(() -> followUp().writeSummary(null, Judgement.GREEN, null, false, JudgementScale.MET_PARTLY_NOT_MET),
                "followup.judgement.notOnScale");
        refused(() -> followUp().writeSummary(null, Judgement.MET, null, false, JudgementScale.NONE),
                "followup.judgement.notOnScale");
        refused(() -> followUp().writeSummary(null, null, Judgement.MET, false, JudgementScale.MET_PARTLY_NOT_MET),
                "followup.periodJudgement.onlyLastYear");
        assertThat(Judgement.of(JudgementScale.TRAFFIC_LIGHTS)).containsExactly(Judgement.GREEN, Judgement.YELLOW, Judgement.RED);
        assertThat(Judgement.of(JudgementScale.NONE)).isEmpty();
    }

    @Test
    void onlyAnApprovedFollowUpIsCorrectedAndOnlyOnce() {
        refused(() -> followUp().correction(), "followup.correct.onlyApproved");
        FollowUp approved = followUp().approve(List.of(), null, false, JudgementScale.NONE);
        FollowUp correction = approved.correction();
        assertThat(correction.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(correction.supersedes()).isEqualTo(approved.id());
        refused(() -> approved.markSuperseded().correction(), "followup.correct.alreadyCorrected");
    }
}
