package se.tryggve.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Area;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** The follow-up list, the coordinator's dashboard and a department's part form. */
@Controller
class FollowUpPages {

    private final FollowUps followUps;
    private final FollowUpPermissions permissions;
    private final GovernanceQueries governance;
    private final Clock clock;
    private final FollowUpReminders reminders;
    private final IndicatorReporting indicators;

    FollowUpPages(FollowUps followUps, FollowUpPermissions permissions, GovernanceQueries governance, Clock clock,
                  FollowUpReminders reminders, IndicatorReporting indicators) {
        this.followUps = followUps;
        this.permissions = permissions;
        this.governance = governance;
        this.clock = clock;
        this.reminders = reminders;
        this.indicators = indicators;
    }

    /** A row of the dashboard's reminder log. */
    record ReminderRow(Reminder reminder, String department) {
    }

    /** An indicator of the document with its value for the follow-up's year (empty: not reported yet). */
    record IndicatorRow(se.tryggve.governance.Indicator indicator, java.util.Optional<IndicatorValue> value) {
    }

    /** A row of the dashboard's table of parts. */
    record PartRow(DepartmentPart part, String department, boolean overdue) {
    }

    /** Judgements of the goals of one area, counted over all parts. */
    record AreaJudgements(Area area, Map<Judgement, Integer> counts, int unjudged) {
    }

    // ---------------------------------------------------------------- list

    @GetMapping("/follow-ups")
    String list(CurrentUser me, Model model) {
        FollowUpPermissions.require(permissions.canRead(me));
        model.addAttribute("form", new Forms.OpenForm());
        return listView(me, model);
    }

    @PostMapping("/follow-ups")
    String open(CurrentUser me, @Validated @ModelAttribute("form") Forms.OpenForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        return FormErrors.attempt(binding, () -> followUps.openFollowUp(me.municipalityId(), form.getDocumentId(),
                        form.getYear(), form.getDeadline(), form.getNoteOnYear()))
                .map(f -> {
                    redirect.addFlashAttribute("flash", "shared.saved");
                    return "redirect:/follow-ups/" + f.id();
                })
                .orElseGet(() -> listView(me, model));
    }

    private String listView(CurrentUser me, Model model) {
        long m = me.municipalityId();
        List<GoverningDocument> documents = governance.listDocuments(m);
        Map<Long, String> titles = new HashMap<>();
        documents.forEach(d -> titles.put(d.id(), d.title()));
        model.addAttribute("followUps", followUps.listFollowUps(m));
        model.addAttribute("documentTitles", titles);
        model.addAttribute("documents", documents);
        model.addAttribute("canCoordinate", permissions.canCoordinate(me));
        return "followup/list";
    }

    // ---------------------------------------------------------------- dashboard

    @GetMapping("/follow-ups/{id}")
    String dashboard(CurrentUser me, @PathVariable long id, Model model) {
        FollowUpPermissions.require(permissions.canRead(me));
        FollowUp f = followUps.followUp(me.municipalityId(), id);
        model.addAttribute("summaryForm", Forms.SummaryForm.of(f));
        model.addAttribute("approveForm", new Forms.ApproveForm());
        return dashboardView(me, f, model);
    }

    @PostMapping("/follow-ups/{id}/summary")
    String writeSummary(CurrentUser me, @PathVariable long id,
                        @Validated @ModelAttribute("summaryForm") Forms.SummaryForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        FollowUp f = followUps.followUp(me.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> followUps.writeSummary(me.municipalityId(), id, form.getVersion(),
                form.getSummary(), form.getOverallJudgement(), form.getPeriodJudgement()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/follow-ups/" + id;
        }
        model.addAttribute("approveForm", new Forms.ApproveForm());
        return dashboardView(me, f, model);
    }

    @PostMapping("/follow-ups/{id}/approve")
    String approve(CurrentUser me, @PathVariable long id,
                   @Validated @ModelAttribute("approveForm") Forms.ApproveForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        FollowUp f = followUps.followUp(me.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> followUps.approveFollowUp(me.municipalityId(), id, form.getOverrideReason()))) {
            redirect.addFlashAttribute("flash", "followup.approved");
            return "redirect:/follow-ups/" + id;
        }
        model.addAttribute("summaryForm", Forms.SummaryForm.of(f));
        return dashboardView(me, f, model);
    }

    @PostMapping("/follow-ups/{id}/publish")
    String publish(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        try {
            followUps.publishReport(me.municipalityId(), id, me.username());
            redirect.addFlashAttribute("flash", "followup.publish.done");
        } catch (se.tryggve.shared.RuleViolationException e) {
            redirect.addFlashAttribute("publishError", e.messageKey());
        }
        return "redirect:/follow-ups/" + id + "#publication";
    }

    @PostMapping("/follow-ups/{id}/unpublish")
    String unpublish(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        followUps.withdrawReportPublication(me.municipalityId(), id);
        redirect.addFlashAttribute("flash", "followup.publish.withdrawn");
        return "redirect:/follow-ups/" + id + "#publication";
    }

    @PostMapping("/follow-ups/{id}/correct")
    String correct(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        FollowUp correction = followUps.correctFollowUp(me.municipalityId(), id);
        redirect.addFlashAttribute("flash", "followup.corrected");
        return "redirect:/follow-ups/" + correction.id();
    }

    private String dashboardView(CurrentUser me, FollowUp f, Model model) {
        long m = me.municipalityId();
        Map<Long, String> names = governance.departmentNames(m);
        LocalDate today = LocalDate.now(clock);
        List<DepartmentPart> parts = followUps.parts(m, f.id());
        List<PartRow> rows = parts.stream()
                .map(p -> new PartRow(p, names.getOrDefault(p.departmentId(), "?"),
                        p.status().editable() && today.isAfter(f.deadline())))
                .sorted((a, b) -> a.department().compareTo(b.department())).toList();
        Map<Long, Long> areaOfGoal = new HashMap<>();
        for (Goal g : governance.goals(m, f.documentId())) {
            areaOfGoal.put(g.id(), g.areaId());
        }
        Map<Long, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
        Map<Long, Integer> unjudged = new HashMap<>();
        for (DepartmentPart p : parts) {
            for (GoalReport r : p.goals()) {
                Long area = areaOfGoal.get(r.goalId());
                if (r.judgement() == null) {
                    unjudged.merge(area, 1, Integer::sum);
                } else {
                    counts.computeIfAbsent(area, k -> new EnumMap<>(Judgement.class)).merge(r.judgement(), 1, Integer::sum);
                }
            }
        }
        List<AreaJudgements> areas = governance.areas(m, f.documentId()).stream()
                .map(a -> new AreaJudgements(a, counts.getOrDefault(a.id(), Map.of()), unjudged.getOrDefault(a.id(), 0)))
                .toList();
        model.addAttribute("followUp", f);
        model.addAttribute("document", governance.document(m, f.documentId()));
        model.addAttribute("parts", rows);
        model.addAttribute("areas", areas);
        model.addAttribute("scale", Judgement.of(followUps.scale(m)));
        model.addAttribute("lastYear", followUps.lastYearOfPeriod(m, f));
        model.addAttribute("canCoordinate", permissions.canCoordinate(me));
        model.addAttribute("open", f.status() == FollowUpStatus.OPEN);
        model.addAttribute("publishedAt", followUps.reportPublishedAt(m, f.id()).orElse(null));
        Map<Long, String> departmentOfPart = new HashMap<>();
        rows.forEach(r -> departmentOfPart.put(r.part().id(), r.department()));
        model.addAttribute("reminders", reminders.reminders(m, f.id()).stream()
                .map(r -> new ReminderRow(r, departmentOfPart.getOrDefault(r.partId(), "?"))).toList());
        model.addAttribute("remindersEnabled", reminders.enabled());
        List<se.tryggve.governance.Indicator> all = governance.indicators(m, f.documentId());
        var current = indicators.valuesFor(m, all, f.year());
        List<IndicatorRow> indicatorRows = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indicatorRows.add(new IndicatorRow(all.get(i), current.get(i)));
        }
        model.addAttribute("indicatorRows", indicatorRows);
        Map<Long, String> goalTitles = new HashMap<>();
        governance.goals(m, f.documentId()).forEach(g -> goalTitles.put(g.id(), g.title()));
        model.addAttribute("goalTitles", goalTitles);
        return "followup/dashboard";
    }

    // ---------------------------------------------------------------- a department's part

    @GetMapping("/follow-ups/{id}/parts/{partId}")
    String part(CurrentUser me, @PathVariable long id, @PathVariable long partId, Model model) {
        DepartmentPart p = followUps.part(me.municipalityId(), id, partId);
        FollowUpPermissions.require(permissions.canReadPart(me, p.departmentId()));
        model.addAttribute("form", withIndicators(me.municipalityId(), p, Forms.PartForm.of(p)));
        model.addAttribute("returnForm", new Forms.ReturnForm());
        return partView(me, p, model);
    }

    /** Saves the draft; with {@code submit} the department then hands the saved part in. */
    @PostMapping("/follow-ups/{id}/parts/{partId}")
    String savePart(CurrentUser me, @PathVariable long id, @PathVariable long partId,
                    @Validated @ModelAttribute("form") Forms.PartForm form, BindingResult binding,
                    @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        long m = me.municipalityId();
        DepartmentPart p = followUps.part(m, id, partId);
        FollowUpPermissions.require(permissions.canEditPart(me, p.departmentId(), p.status()));
        // the part and this year's indicator values are saved together, or not at all
        var values = IndicatorForms.inputs(form.getIndicators(), binding);
        var saved = IndicatorForms.attempt(binding, () -> indicators.savePartWithValues(m, id, partId, form.getVersion(),
                form.goalReports(), form.activityReports(), values));
        if (saved.isPresent()) {
            // the draft is kept even if handing in is refused: the form then shows the saved version
            form.setVersion(saved.get().version());
            form.setIndicators(withIndicators(m, saved.get(), new Forms.PartForm()).getIndicators());
            if (submit == null) {
                redirect.addFlashAttribute("flash", "shared.saved");
                return "redirect:/follow-ups/" + id + "/parts/" + partId;
            }
            if (FormErrors.succeeds(binding, () -> followUps.submitPart(m, id, partId))) {
                redirect.addFlashAttribute("flash", "followup.part.submitted");
                return "redirect:/follow-ups/" + id + "/parts/" + partId;
            }
        }
        model.addAttribute("returnForm", new Forms.ReturnForm());
        return partView(me, followUps.part(m, id, partId), model);
    }

    @PostMapping("/follow-ups/{id}/parts/{partId}/return")
    String returnPart(CurrentUser me, @PathVariable long id, @PathVariable long partId,
                      @Validated @ModelAttribute("returnForm") Forms.ReturnForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        long m = me.municipalityId();
        if (FormErrors.succeeds(binding, () -> followUps.returnPart(m, id, partId, form.getComment()))) {
            redirect.addFlashAttribute("flash", "followup.part.returned");
            return "redirect:/follow-ups/" + id;
        }
        DepartmentPart p = followUps.part(m, id, partId);
        model.addAttribute("form", withIndicators(m, p, Forms.PartForm.of(p)));
        return partView(me, p, model);
    }

    @PostMapping("/follow-ups/{id}/parts/{partId}/accept")
    String acceptPart(CurrentUser me, @PathVariable long id, @PathVariable long partId, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        followUps.acceptPart(me.municipalityId(), id, partId);
        redirect.addFlashAttribute("flash", "followup.part.accepted");
        return "redirect:/follow-ups/" + id;
    }

    private String partView(CurrentUser me, DepartmentPart p, Model model) {
        long m = me.municipalityId();
        FollowUp f = followUps.followUp(m, p.followUpId());
        Map<Long, Goal> goals = new HashMap<>();
        governance.goals(m, f.documentId()).forEach(g -> goals.put(g.id(), g));
        Map<Long, String> activities = new HashMap<>();
        governance.activities(m, new GovernanceQueries.ActivityFilter(f.documentId(), null, null, null))
                .forEach(a -> activities.put(a.id(), a.title()));
        model.addAttribute("followUp", f);
        model.addAttribute("document", governance.document(m, f.documentId()));
        model.addAttribute("part", p);
        model.addAttribute("department", governance.departmentNames(m).getOrDefault(p.departmentId(), "?"));
        model.addAttribute("goals", goals);
        model.addAttribute("activityTitles", activities);
        model.addAttribute("scale", Judgement.of(followUps.scale(m)));
        model.addAttribute("activityStatuses", ActivityStatus.values());
        boolean open = f.status() == FollowUpStatus.OPEN;
        model.addAttribute("canEdit", open && permissions.canEditPart(me, p.departmentId(), p.status()));
        model.addAttribute("canReview", open && permissions.canCoordinate(me) && p.status() == PartStatus.SUBMITTED);
        Map<Long, se.tryggve.governance.Indicator> indicatorInfo = new HashMap<>();
        indicators.indicatorsOf(m, p).forEach(i -> indicatorInfo.put(i.id(), i));
        model.addAttribute("indicatorInfo", indicatorInfo);
        return "followup/part";
    }

    /** Fills the part form's indicator rows with the follow-up year's recorded values. */
    private Forms.PartForm withIndicators(long m, DepartmentPart p, Forms.PartForm form) {
        int year = followUps.followUp(m, p.followUpId()).year();
        List<se.tryggve.governance.Indicator> list = indicators.indicatorsOf(m, p);
        var current = indicators.valuesFor(m, list, year);
        List<IndicatorForms.IndicatorRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(IndicatorForms.IndicatorRow.of(list.get(i), current.get(i)));
        }
        form.setIndicators(rows);
        return form;
    }
}
