package se.tryggve.followup;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.followup.FollowUpReport.ActivityRow;
import se.tryggve.followup.FollowUpReport.AreaSection;
import se.tryggve.followup.FollowUpReport.DepartmentActivities;
import se.tryggve.followup.FollowUpReport.DepartmentWork;
import se.tryggve.followup.FollowUpReport.GoalSection;
import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.followup.FollowUpReport.IndicatorSection;
import se.tryggve.governance.Activity;
import se.tryggve.governance.Area;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;

/**
 * Assembles the follow-up report (annex to the decision on the follow-up) from the data, once, for
 * every format. Reads governance only through {@link GovernanceQueries} and asks every
 * {@link GuidelineSectionProvider} bean for its sections (there may be none).
 */
@Service
public class FollowUpReports {

    /** The report's date is the Swedish calendar day, whatever the server's zone. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final FollowUps followUps;
    private final FollowUpStore store;
    private final GovernanceQueries governance;
    private final Municipalities municipalities;
    private final IndicatorValues indicatorValues;
    private final ObjectProvider<GuidelineSectionProvider> guidelineProviders;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpReports(FollowUps followUps, FollowUpStore store, GovernanceQueries governance, Municipalities municipalities,
                    IndicatorValues indicatorValues, ObjectProvider<GuidelineSectionProvider> guidelineProviders,
                    MessageSource messages, Clock clock) {
        this.followUps = followUps;
        this.store = store;
        this.governance = governance;
        this.municipalities = municipalities;
        this.indicatorValues = indicatorValues;
        this.guidelineProviders = guidelineProviders;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report of a follow-up of municipality {@code m}; a foreign or unknown id is not found. */
    @Transactional(readOnly = true)
    public FollowUpReport assemble(long m, long followUpId) {
        FollowUp f = followUps.followUp(m, followUpId);
        GoverningDocument doc = governance.document(m, f.documentId());
        var municipality = municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m));
        JudgementScale scale = municipality.judgement();
        Map<Long, String> departmentNames = governance.departmentNames(m);
        List<Area> areas = governance.areas(m, doc.id());
        List<Goal> goals = governance.goals(m, doc.id());
        List<Activity> activities = governance.activities(m, new GovernanceQueries.ActivityFilter(doc.id(), null, null, null));
        List<Indicator> indicators = governance.indicators(m, doc.id());
        List<DepartmentPart> parts = store.parts(m, f.id());

        // The same goals' judgements in the earlier approved follow-ups of the document (a superseded one
        // was replaced by its correction, which is the one that counts).
        Map<Integer, Map<Long, Judgement>> earlier = new TreeMap<>();
        for (FollowUp other : store.followUps(m)) {
            if (other.documentId() == doc.id() && other.year() < f.year() && other.status() == FollowUpStatus.APPROVED
                    && !other.superseded()) {
                earlier.put(other.year(), goalJudgements(store.parts(m, other.id())));
            }
        }
        Map<Long, Judgement> thisYear = goalJudgements(parts);
        List<Integer> years = new ArrayList<>(earlier.keySet());
        years.add(f.year());

        Map<Long, ActivityReport> activityReports = new HashMap<>();
        for (DepartmentPart p : parts) {
            p.activities().forEach(a -> activityReports.put(a.activityId(), a));
        }
        Map<Long, ActivityRow> rows = new LinkedHashMap<>();
        for (Activity a : activities) {
            ActivityReport r = activityReports.get(a.id());
            rows.put(a.id(), new ActivityRow(a.id(), a.title(), departmentNames.get(a.responsibleDepartmentId()),
                    r != null && r.status() != null ? r.status() : a.status(), r == null ? null : r.whatWasDone()));
        }

        List<AreaSection> areaSections = new ArrayList<>();
        for (Area area : areas) {
            List<GoalSection> goalSections = new ArrayList<>();
            for (Goal g : goals) {
                if (g.areaId() != area.id()) {
                    continue;
                }
                List<DepartmentWork> work = new ArrayList<>();
                for (DepartmentPart p : parts) {
                    for (GoalReport r : p.goals()) {
                        if (r.goalId() == g.id() && r.work() != null) {
                            work.add(new DepartmentWork(departmentNames.get(p.departmentId()), r.work()));
                        }
                    }
                }
                Map<Integer, Judgement> byYear = new LinkedHashMap<>();
                earlier.forEach((y, js) -> {
                    if (js.get(g.id()) != null) {
                        byYear.put(y, js.get(g.id()));
                    }
                });
                Judgement judgement = thisYear.get(g.id());
                if (judgement != null) {
                    byYear.put(f.year(), judgement);
                }
                // The year's contributing activities: those reported on in this follow-up (an activity that
                // ended in an earlier year belongs to that year's report).
                List<ActivityRow> contributing = activities.stream()
                        .filter(a -> a.goalIds().contains(g.id()) && activityReports.containsKey(a.id()))
                        .map(a -> rows.get(a.id())).toList();
                goalSections.add(new GoalSection(g.id(), g.title(), g.description(),
                        g.ownerDepartmentIds().stream().map(departmentNames::get).filter(Objects::nonNull).sorted(collator()).toList(),
                        work, judgement, byYear, contributing));
            }
            areaSections.add(new AreaSection(area.ordinal(), area.title(), area.subGoal(), goalSections));
        }

        Map<Long, String> goalTitles = new HashMap<>();
        goals.forEach(g -> goalTitles.put(g.id(), g.title()));
        Map<Long, List<IndicatorValue>> values = indicatorValues.values(m, indicators.stream().map(Indicator::id).toList());
        List<IndicatorSection> indicatorSections = new ArrayList<>();
        for (Indicator i : indicators) {
            List<IndicatorPoint> points = values.getOrDefault(i.id(), List.of()).stream()
                    .filter(v -> v.year() <= f.year())
                    .map(v -> new IndicatorPoint(v.year(), v.value(), v.missingReason(), i.targets().get(v.year())))
                    .toList();
            indicatorSections.add(new IndicatorSection(i.id(), i.name(), i.unit(), i.direction(), i.source(), i.koladaKpi(),
                    i.goalId() == null ? null : goalTitles.get(i.goalId()), i.baselineYear(), i.baselineValue(), points));
        }

        List<GuidelineSection> guidelineSections = new ArrayList<>();
        guidelineProviders.orderedStream().forEach(p -> guidelineSections.addAll(p.sectionsFor(m, doc.id(), f.year())));

        Map<Long, List<ActivityRow>> byDepartment = new HashMap<>();
        for (DepartmentPart p : parts) {
            for (ActivityReport r : p.activities()) {
                ActivityRow row = rows.get(r.activityId());
                if (row != null) {
                    byDepartment.computeIfAbsent(p.departmentId(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        List<DepartmentActivities> appendix = byDepartment.entrySet().stream()
                .map(e -> new DepartmentActivities(departmentNames.getOrDefault(e.getKey(), ""), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(DepartmentActivities::department, collator()))
                .toList();

        boolean draft = f.status() != FollowUpStatus.APPROVED;
        LocalDate date = store.approvalDate(m, f.id()).orElseGet(() -> LocalDate.now(clock.withZone(STOCKHOLM)));
        boolean example = goals.stream().anyMatch(Goal::example) || activities.stream().anyMatch(Activity::example);
        String title = messages.getMessage("followup.report.title", new Object[]{doc.title(), String.valueOf(f.year())}, SWEDISH);

        return new FollowUpReport(f.id(), municipality.name(), doc.title(), f.year(), title, null, date,
                store.caseNumber(m, f.id()).orElse(null), draft, example,
                scale, f.summary(), f.overallJudgement(), followUps.lastYearOfPeriod(m, f), f.periodJudgement(),
                f.noteOnYear(), List.copyOf(years), List.copyOf(areaSections), List.copyOf(indicatorSections),
                List.copyOf(guidelineSections), appendix);
    }

    /**
     * One judgement per goal. A goal owned by several departments gets the most cautious of their
     * judgements: it is only met when every owner says so.
     */
    static Map<Long, Judgement> goalJudgements(List<DepartmentPart> parts) {
        Map<Long, Judgement> out = new HashMap<>();
        for (DepartmentPart p : parts) {
            for (GoalReport r : p.goals()) {
                if (r.judgement() != null) {
                    out.merge(r.goalId(), r.judgement(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
                }
            }
        }
        return out;
    }

    static Comparator<String> collator() {
        Collator c = Collator.getInstance(SWEDISH);
        return c::compare;
    }
}
