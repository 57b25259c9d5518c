package se.tryggve.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.Activity;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data: the approved follow-ups of 2019, 2020 and 2021 of the demo programme 2018–2021, built
 * through the use cases, so that the 2021 report shows three years side by side. Every text is an
 * example (the goals and activities they report on are flagged as examples, and the report says so);
 * the pandemic note on 2020 and 2021 follows the seed's "extra ordinära situation som gällt under
 * pandemin". One indicator value is missing (the 2020 survey), with its reason.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoFollowUps implements ApplicationRunner {

    static final String PROGRAMME_TITLE = "Program för trygghet och säkerhet 2018–2021";
    static final String PANDEMIC_NOTE_2020 = "Covid-19-pandemin präglade året. Flera aktiviteter som krävde fysiska möten, "
            + "bland annat trygghetsvandringar och övningar, ställdes in eller genomfördes digitalt. "
            + "Kommunens krisledning var aktiverad under stora delar av året.";
    static final String PANDEMIC_NOTE_2021 = "Pandemin fortsatte att påverka arbetet under första halvåret. "
            + "Trots den extraordinära situationen utvecklades arbetet under året, och flera aktiviteter som "
            + "skjutits upp under 2020 kunde genomföras.";
    static final String MISSING_2020 = "Trygghetsundersökningen genomfördes inte 2020 på grund av pandemin";

    private final FollowUps followUps;
    private final FollowUpStore store;
    private final IndicatorValues indicatorValues;
    private final GovernanceQueries governance;
    private final Municipalities municipalities;
    private final DepartmentDirectory departments;
    private final String code;

    DemoFollowUps(FollowUps followUps, FollowUpStore store, IndicatorValues indicatorValues, GovernanceQueries governance,
                  Municipalities municipalities, DepartmentDirectory departments,
                  @Value("${tryggve.setup.municipality-code}") String code) {
        this.followUps = followUps;
        this.store = store;
        this.indicatorValues = indicatorValues;
        this.governance = governance;
        this.municipalities = municipalities;
        this.departments = departments;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        GoverningDocument programme = governance.listDocuments(m).stream()
                .filter(d -> d.title().equals(PROGRAMME_TITLE)).findFirst().orElse(null);
        if (programme == null || !followUps.listFollowUps(m).isEmpty()) {
            return;
        }
        indicatorValues(m, programme.id());
        followUp(m, programme, 2019, null);
        followUp(m, programme, 2020, PANDEMIC_NOTE_2020);
        followUp(m, programme, 2021, PANDEMIC_NOTE_2021);
    }

    private void indicatorValues(long m, long documentId) {
        for (Indicator i : governance.indicators(m, documentId)) {
            Map<Integer, String> values = "N07540".equals(i.koladaKpi())
                    ? Map.of(2018, "10320", 2019, "10110", 2020, "9870", 2021, "9640")
                    : Map.of(2018, "63", 2019, "65", 2021, "68");
            for (int year = 2018; year <= 2021; year++) {
                String v = values.get(year);
                indicatorValues.recordValue(m, i.id(), year, v == null ? null : new BigDecimal(v), v == null ? MISSING_2020 : null,
                        "N07540".equals(i.koladaKpi()) ? IndicatorValue.Source.KOLADA : IndicatorValue.Source.ENTERED, null);
            }
        }
    }

    private void followUp(long m, GoverningDocument programme, int year, String note) {
        FollowUp f = followUps.openFollowUp(m, programme.id(), year, LocalDate.of(year + 1, 1, 15), note);
        Map<Long, Goal> goals = new java.util.HashMap<>();
        governance.goals(m, programme.id()).forEach(g -> goals.put(g.id(), g));
        Map<Long, Activity> activities = new java.util.HashMap<>();
        governance.activities(m, new GovernanceQueries.ActivityFilter(programme.id(), null, null, null))
                .forEach(a -> activities.put(a.id(), a));
        for (DepartmentPart p : followUps.parts(m, f.id())) {
            String department = departments.findDepartment(m, p.departmentId()).orElseThrow().name();
            List<GoalReport> goalReports = new ArrayList<>();
            for (GoalReport g : p.goals()) {
                Goal goal = goals.get(g.goalId());
                goalReports.add(new GoalReport(g.goalId(), work(department, goal, year), judgement(goal, year)));
            }
            List<ActivityReport> activityReports = new ArrayList<>();
            for (ActivityReport a : p.activities()) {
                Activity activity = activities.get(a.activityId());
                ActivityStatus status = statusIn(activity, year);
                activityReports.add(new ActivityReport(a.activityId(), status, done(activity, status, year)));
            }
            followUps.updatePart(m, f.id(), p.id(), p.version(), goalReports, activityReports);
            followUps.submitPart(m, f.id(), p.id());
            followUps.acceptPart(m, f.id(), p.id());
            // The demo is built today, but its history should read as it happened: handed in before the deadline.
            store.recordSubmissionTime(m, p.id(), LocalDate.of(year + 1, 1, 10).atTime(10, 0)
                    .atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant());
        }
        FollowUp current = followUps.followUp(m, f.id());
        boolean last = followUps.lastYearOfPeriod(m, current);
        followUps.writeSummary(m, f.id(), current.version(), summary(year),
                year == 2020 ? Judgement.PARTLY_MET : Judgement.MET, last ? Judgement.MET : null);
        followUps.approveFollowUp(m, f.id(), null);
        // Dated like the seed's report: the official report on the 2021 follow-up is dated 1 February 2022.
        store.recordApprovalDate(m, f.id(), LocalDate.of(year + 1, 2, 1));
    }

    /** Example texts: plausible, varied by year, and never presented as Huddinge's real report. */
    private static String work(String department, Goal goal, int year) {
        String lead = switch (year) {
            case 2019 -> "Under 2019 har " + department.toLowerCase(java.util.Locale.ROOT)
                    + " arbetat vidare med målet enligt sin verksamhetsplan.";
            case 2020 -> "Under 2020 har arbetet påverkats av pandemin; " + department.toLowerCase(java.util.Locale.ROOT)
                    + " har ställt om delar av arbetet till digitala former.";
            default -> "Under 2021 har " + department.toLowerCase(java.util.Locale.ROOT)
                    + " återupptagit de aktiviteter som skjutits upp och följt upp effekterna.";
        };
        return lead + " Arbetet har bidragit till målet ”" + goal.title() + "” genom samverkan med andra förvaltningar"
                + " och externa aktörer. (Exempeltext)";
    }

    private static Judgement judgement(Goal goal, int year) {
        int k = (int) ((goal.id() + year) % 4);
        return switch (year) {
            case 2019 -> k == 0 ? Judgement.MET : Judgement.PARTLY_MET;
            case 2020 -> k == 0 ? Judgement.NOT_MET : Judgement.PARTLY_MET;
            default -> k == 3 ? Judgement.PARTLY_MET : Judgement.MET;
        };
    }

    private static ActivityStatus statusIn(Activity a, int year) {
        if (a.status() == ActivityStatus.CANCELLED) {
            return year >= a.endYear() ? ActivityStatus.CANCELLED : ActivityStatus.ONGOING;
        }
        if (year < a.startYear()) {
            return ActivityStatus.PLANNED;
        }
        if (year >= a.endYear() && a.status() == ActivityStatus.DONE) {
            return ActivityStatus.DONE;
        }
        return a.status() == ActivityStatus.PLANNED && year < a.endYear() ? ActivityStatus.PLANNED : ActivityStatus.ONGOING;
    }

    private static String done(Activity a, ActivityStatus status, int year) {
        return switch (status) {
            case PLANNED -> "Aktiviteten har inte påbörjats under " + year + ". (Exempeltext)";
            case CANCELLED -> "Aktiviteten avslutades utan att genomföras fullt ut; behovet tillgodoses på annat sätt. (Exempeltext)";
            case DONE -> "Aktiviteten genomfördes och är avslutad. (Exempeltext)";
            default -> year == 2020
                    ? "Aktiviteten har genomförts i begränsad omfattning på grund av pandemin. (Exempeltext)"
                    : "Aktiviteten har genomförts enligt plan under året. (Exempeltext)";
        };
    }

    private static String summary(int year) {
        return switch (year) {
            case 2019 -> "Arbetet med programmets fem ansvarsområden har utvecklats under 2019. De flesta mål bedöms som "
                    + "delvis uppfyllda; samverkan med polisen genom medborgarlöften har stärkts. (Exempeltext)";
            case 2020 -> "Pandemin påverkade arbetet under 2020. Krisberedskapen prövades på riktigt, medan flera "
                    + "trygghetsskapande aktiviteter fick ställas in eller skjutas upp. (Exempeltext)";
            default -> "Trots den extraordinära situation som gällt under pandemin utvecklades arbetet under 2021, och "
                    + "förvaltningen bedömer att målen för arbetet med trygghet och säkerhet uppnås under programperioden. (Exempeltext)";
        };
    }
}
