package se.tryggve.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.tryggve.governance.ActivityStatus;

/**
 * A follow-up world with history, for the report: the fixture's programme 2018–2021 with approved
 * follow-ups of 2020 and 2021 (the latter approved on 1 February 2022), Swedish texts with å/ä/ö, and
 * values of the Kolada indicator 2017–2021 of which 2019 is missing, and a survey indicator with targets
 * whose 2020 is missing.
 */
@Component
class ReportFixture {

    static final LocalDate APPROVED_2021 = LocalDate.of(2022, 2, 1);

    final FollowUpFixture fixture;
    final FollowUps followUps;
    final FollowUpStore store;
    final IndicatorValues values;

    ReportFixture(FollowUpFixture fixture, FollowUps followUps, FollowUpStore store, IndicatorValues values) {
        this.fixture = fixture;
        this.followUps = followUps;
        this.store = store;
        this.values = values;
    }

    /** The world, the approved 2020 follow-up and the approved 2021 follow-up. */
    record History(FollowUpFixture.World w, FollowUp y2020, FollowUp y2021) {
    }

    History newHistory() {
        FollowUpFixture.World w = fixture.newWorld();
        FollowUp y2020 = approved(w, 2020, Judgement.NOT_MET, Judgement.NOT_MET, Judgement.PARTLY_MET,
                "Pandemin gjorde att färre trygghetsvandringar kunde genomföras.", LocalDate.of(2021, 2, 15));
        FollowUp y2021 = approved(w, 2021, Judgement.MET, Judgement.PARTLY_MET, Judgement.MET,
                "Året präglades av återhämtning efter pandemin; nämnderna återupptog det förebyggande arbetet.", APPROVED_2021);
        String[] reasons = {null, null, "Kolada har inte publicerat året", null, null};
        String[] numbers = {"1100", "1050.5", null, "980", "910"};
        for (int i = 0; i < numbers.length; i++) {
            values.recordValue(w.m, w.i1.id(), 2017 + i, numbers[i] == null ? null : new BigDecimal(numbers[i]), reasons[i],
                    IndicatorValue.Source.KOLADA, null);
        }
        var survey = fixture.governance.addIndicator(w.m, w.programme.id(), new se.tryggve.governance.IndicatorData(null,
                "Andel som känner sig trygga utomhus på kvällen", "procent", se.tryggve.governance.Direction.HIGHER_IS_BETTER,
                se.tryggve.governance.IndicatorSource.SURVEY, null, 2018, new BigDecimal("65"),
                java.util.Map.of(2019, new BigDecimal("68"), 2020, new BigDecimal("70"), 2021, new BigDecimal("72")), null));
        String[] surveyNumbers = {"65", "66.5", null, "71"};
        for (int i = 0; i < surveyNumbers.length; i++) {
            values.recordValue(w.m, survey.id(), 2018 + i, surveyNumbers[i] == null ? null : new BigDecimal(surveyNumbers[i]),
                    surveyNumbers[i] == null ? "Enkäten genomfördes inte under pandemin" : null, IndicatorValue.Source.ENTERED, null);
        }
        return new History(w, y2020, y2021);
    }

    /** Opens, fills, submits, accepts, summarises and approves a follow-up (judgement of g1 by A, of g2 by A and B). */
    FollowUp approved(FollowUpFixture.World w, int year, Judgement g1, Judgement g2ByA, Judgement g2ByB, String note,
                      LocalDate approvedOn) {
        long m = w.m;
        FollowUp f = followUps.openFollowUp(m, w.programme.id(), year, LocalDate.of(year + 1, 2, 1), note);
        for (DepartmentPart p : followUps.parts(m, f.id())) {
            List<GoalReport> goals = new ArrayList<>();
            List<ActivityReport> activities = new ArrayList<>();
            if (p.departmentId() == w.depA) {
                goals.add(new GoalReport(w.g1.id(), "Trygghetsvandringar i centrum och på Storängens torg " + year + ".", g1));
                goals.add(new GoalReport(w.g2.id(), "Brandövningar på äldreboenden.", g2ByA));
                activities.add(new ActivityReport(w.x.id(), ActivityStatus.ONGOING, "Fyra vandringar med föreningar och polis."));
            } else {
                goals.add(new GoalReport(w.g2.id(), "Utbildning i brandskydd för fritidsgårdarnas personal.", g2ByB));
                activities.add(new ActivityReport(w.y.id(), ActivityStatus.DONE, "Två utbildningstillfällen."));
            }
            followUps.updatePart(m, f.id(), p.id(), p.version(), goals, activities);
            followUps.submitPart(m, f.id(), p.id());
            followUps.acceptPart(m, f.id(), p.id());
        }
        FollowUp current = followUps.followUp(m, f.id());
        followUps.writeSummary(m, f.id(), current.version(),
                "Arbetet för ökad trygghet har gått framåt under " + year + ", även om målen för brandsäkerhet inte nåtts fullt ut.",
                Judgement.PARTLY_MET, followUps.lastYearOfPeriod(m, current) ? Judgement.PARTLY_MET : null);
        followUps.approveFollowUp(m, f.id(), null);
        store.recordApprovalDate(m, f.id(), approvedOn);
        return followUps.followUp(m, f.id());
    }
}
