package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.tryggve.audit.AuditLog;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, FollowUpFixture.class})
@RecordApplicationEvents
class FollowUpUseCaseTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    FollowUpFixture.World w;
    long m;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        m = w.m;
    }

    FollowUp open(int year) {
        return followUps.openFollowUp(m, w.programme.id(), year, LocalDate.of(year + 1, 2, 1), "Pandemin");
    }

    DepartmentPart partOf(FollowUp f, long department) {
        return followUps.parts(m, f.id()).stream().filter(p -> p.departmentId() == department).findFirst().orElseThrow();
    }

    List<AuditLog.Entry> audited(String type, long id, String action) {
        return audit.search(m, new AuditLog.Filter(null, type, String.valueOf(id), action, null, null), 0, 50);
    }

    @Test
    void openingCreatesOnePartPerDepartmentWithItsGoalsAndActivities() {
        FollowUp f = open(2020);
        assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(f.noteOnYear()).isEqualTo("Pandemin");
        DepartmentPart a = partOf(f, w.depA);
        DepartmentPart b = partOf(f, w.depB);
        assertThat(followUps.parts(m, f.id())).hasSize(2);
        assertThat(a.goals()).extracting(GoalReport::goalId).containsExactly(w.g1.id(), w.g2.id());
        assertThat(a.activities()).extracting(ActivityReport::activityId).containsExactly(w.x.id());
        assertThat(a.activities().get(0).status()).isEqualTo(ActivityStatus.ONGOING);
        assertThat(b.goals()).extracting(GoalReport::goalId).containsExactly(w.g2.id());
        assertThat(b.activities()).extracting(ActivityReport::activityId).containsExactly(w.y.id());
        assertThat(a.status()).isEqualTo(PartStatus.OPEN);
        assertThat(audited(FollowUps.FOLLOW_UP, f.id(), "created")).hasSize(1);
        assertThat(audited(FollowUps.PART, a.id(), "created")).hasSize(1);
    }

    @Test
    void onlyActivitiesRunningInTheYearAreReportedOn() {
        FollowUp f = open(2018);
        assertThat(followUps.parts(m, f.id())).allSatisfy(p -> assertThat(p.activities()).isEmpty());
        assertThat(partOf(f, w.depA).goals()).extracting(GoalReport::goalId).containsExactly(w.g1.id(), w.g2.id());
    }

    @Test
    void ownIndicatorsNeedAValueOrAReasonBeforeHandingIn(@Autowired se.tryggve.governance.Governance governance,
                                                          @Autowired IndicatorValues values) {
        var own = governance.addIndicator(m, w.programme.id(), new se.tryggve.governance.IndicatorData(w.g1.id(),
                "Andel trygga i centrum", "%", se.tryggve.governance.Direction.HIGHER_IS_BETTER,
                se.tryggve.governance.IndicatorSource.SURVEY, null, null, null, null, null));
        FollowUp f = open(2020);
        DepartmentPart a = partOf(f, w.depA);
        followUps.updatePart(m, f.id(), a.id(), a.version(),
                List.of(new GoalReport(w.g1.id(), "Arbete", Judgement.MET), new GoalReport(w.g2.id(), "Arbete", Judgement.MET)), List.of());
        assertThatThrownBy(() -> followUps.submitPart(m, f.id(), a.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.indicator.missingOnSubmit");
        assertThat(partOf(f, w.depA).status()).isEqualTo(PartStatus.OPEN);
        // the Kolada indicator i1 of G1 is imported by the coordinator and does not hold the department up
        values.recordValue(m, own.id(), 2020, null, "Ingen mätning 2020", IndicatorValue.Source.ENTERED, null);
        assertThat(followUps.submitPart(m, f.id(), a.id()).status()).isEqualTo(PartStatus.SUBMITTED);
    }

    @Test
    void yearMustLieInThePeriodAndOnlyOneFollowUpPerYear() {
        assertThatThrownBy(() -> open(2022)).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.year.outsidePeriod");
        assertThatThrownBy(() -> open(2017)).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.year.outsidePeriod");
        open(2021);
        assertThatThrownBy(() -> open(2021)).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.year.exists");
    }

    @Test
    void wholeCycleFromDraftToApprovalIsAudited() {
        FollowUp f = open(2021);
        DepartmentPart a = partOf(f, w.depA);
        DepartmentPart b = partOf(f, w.depB);

        DepartmentPart saved = followUps.updatePart(m, f.id(), a.id(), a.version(),
                List.of(new GoalReport(w.g1.id(), "Trygghetsvandringar i centrum", Judgement.MET)),
                List.of(new ActivityReport(w.x.id(), ActivityStatus.DONE, "Fyra vandringar")));
        assertThat(saved.version()).isEqualTo(a.version() + 1);
        assertThat(saved.goals().get(0).work()).isEqualTo("Trygghetsvandringar i centrum");
        assertThat(saved.goals().get(1).work()).isNull();
        assertThat(saved.activities().get(0).status()).isEqualTo(ActivityStatus.DONE);
        var updated = audited(FollowUps.PART, a.id(), "updated");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).changes().get("goal " + w.g1.id() + " judgement")).containsEntry("after", "MET");

        // every goal needs a judgement on the three-step scale before the part can be submitted
        assertThatThrownBy(() -> followUps.submitPart(m, f.id(), a.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.judgement.required");
        saved = followUps.updatePart(m, f.id(), a.id(), saved.version(),
                List.of(new GoalReport(w.g2.id(), "Brandövningar", Judgement.PARTLY_MET)), List.of());
        assertThat(followUps.submitPart(m, f.id(), a.id()).status()).isEqualTo(PartStatus.SUBMITTED);
        DepartmentPart submitted = partOf(f, w.depA);
        assertThat(submitted.submittedAt()).isNotNull();
        long v = submitted.version();
        assertThatThrownBy(() -> followUps.updatePart(m, f.id(), a.id(), v, List.of(), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.part.notEditable");

        assertThat(followUps.returnPart(m, f.id(), a.id(), "Beskriv brandövningarna").status()).isEqualTo(PartStatus.RETURNED);
        followUps.submitPart(m, f.id(), a.id());
        assertThat(followUps.acceptPart(m, f.id(), a.id()).status()).isEqualTo(PartStatus.ACCEPTED);

        followUps.updatePart(m, f.id(), b.id(), b.version(), List.of(new GoalReport(w.g2.id(), "Utbildning", Judgement.NOT_MET)),
                List.of());
        followUps.submitPart(m, f.id(), b.id());

        FollowUp summarised = followUps.writeSummary(m, f.id(), f.version(), "Arbetet har gått framåt", Judgement.PARTLY_MET,
                Judgement.MET);
        assertThat(summarised.periodJudgement()).isEqualTo(Judgement.MET);
        assertThatThrownBy(() -> followUps.approveFollowUp(m, f.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.approve.partsNotAccepted");
        FollowUp approved = followUps.approveFollowUp(m, f.id(), "Kulturförvaltningen hann inte granskas");
        assertThat(approved.status()).isEqualTo(FollowUpStatus.APPROVED);
        assertThat(approved.overrideReason()).isEqualTo("Kulturförvaltningen hann inte granskas");
        assertThat(audited(FollowUps.FOLLOW_UP, f.id(), "approved").get(0).changes().get("overrideReason"))
                .containsEntry("after", "Kulturförvaltningen hann inte granskas");
        assertThat(audited(FollowUps.PART, a.id(), "accepted")).hasSize(1);
        assertThat(audited(FollowUps.PART, a.id(), "returned").get(0).changes().get("returnComment"))
                .containsEntry("after", "Beskriv brandövningarna");
        assertThat(events.stream(FollowUpApproved.class)).contains(new FollowUpApproved(m, f.id(), w.programme.id(), 2021, null));

        // locked
        assertThatThrownBy(() -> followUps.acceptPart(m, f.id(), b.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.locked");
        assertThatThrownBy(() -> followUps.submitPart(m, f.id(), b.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.locked");

        // a correction is a new open version pointing at the approved one, with the same content
        FollowUp correction = followUps.correctFollowUp(m, f.id());
        assertThat(correction.supersedes()).isEqualTo(f.id());
        assertThat(correction.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(correction.summary()).isEqualTo("Arbetet har gått framåt");
        assertThat(followUps.followUp(m, f.id()).superseded()).isTrue();
        List<DepartmentPart> copied = followUps.parts(m, correction.id());
        assertThat(copied).hasSize(2).allMatch(p -> p.status() == PartStatus.OPEN);
        assertThat(partOf(correction, w.depA).goals().get(1).work()).isEqualTo("Brandövningar");
        assertThatThrownBy(() -> followUps.correctFollowUp(m, f.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("followup.correct.alreadyCorrected");
    }

    @Test
    void judgementsOffTheScaleAndForeignGoalsAreRefused() {
        FollowUp f = open(2020);
        DepartmentPart b = partOf(f, w.depB);
        assertThatThrownBy(() -> followUps.updatePart(m, f.id(), b.id(), b.version(),
                List.of(new GoalReport(w.g2.id(), null, Judgement.GREEN)), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.judgement.notOnScale");
        assertThatThrownBy(() -> followUps.updatePart(m, f.id(), b.id(), b.version(),
                List.of(new GoalReport(w.g1.id(), null, Judgement.MET)), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.part.unknownGoal");
        assertThatThrownBy(() -> followUps.writeSummary(m, f.id(), f.version(), null, null, Judgement.MET))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.periodJudgement.onlyLastYear");
        assertThat(followUps.part(m, f.id(), b.id()).version()).isEqualTo(b.version());
    }

    @Test
    void staleVersionsAndForeignIdsAreRefused() {
        FollowUp f = open(2020);
        DepartmentPart a = partOf(f, w.depA);
        followUps.updatePart(m, f.id(), a.id(), a.version(), List.of(), List.of());
        assertThatThrownBy(() -> followUps.updatePart(m, f.id(), a.id(), a.version(), List.of(), List.of()))
                .isInstanceOf(StaleVersionException.class);
        followUps.writeSummary(m, f.id(), f.version(), "Första", null, null);
        assertThatThrownBy(() -> followUps.writeSummary(m, f.id(), f.version(), "Andra", null, null))
                .isInstanceOf(StaleVersionException.class);

        long other = fixture.newWorld().m;
        assertThatThrownBy(() -> followUps.followUp(other, f.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUps.submitPart(other, f.id(), a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUps.openFollowUp(other, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(followUps.listFollowUps(other)).isEmpty();
    }
}
