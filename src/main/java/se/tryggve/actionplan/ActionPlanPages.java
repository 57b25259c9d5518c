package se.tryggve.actionplan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.assessment.AssessmentDirectory;
import se.tryggve.governance.Activity;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Pages of an action plan: the traceability view with the choice of lägesbild, and the link form of a measure. */
@Controller
class ActionPlanPages {

    private final ActionPlans plans;
    private final TraceabilityQueries traceability;
    private final AssessmentDirectory assessments;
    private final GovernanceQueries governance;
    private final ActionPlanPermissions permissions;

    ActionPlanPages(ActionPlans plans, TraceabilityQueries traceability, AssessmentDirectory assessments,
                    GovernanceQueries governance, ActionPlanPermissions permissions) {
        this.plans = plans;
        this.traceability = traceability;
        this.assessments = assessments;
        this.governance = governance;
        this.permissions = permissions;
    }

    /** The choice of lägesbild. */
    public static class BasisForm {
        private Long assessmentId;
        private Long version;

        public Long getAssessmentId() { return assessmentId; }
        public void setAssessmentId(Long assessmentId) { this.assessmentId = assessmentId; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** A measure's links: the ticked problems, causes and indicators. */
    public static class LinksForm {
        private List<Long> problemIds = new ArrayList<>();
        private List<Long> causeIds = new ArrayList<>();
        private List<Long> indicatorIds = new ArrayList<>();
        private Long version;

        public List<Long> getProblemIds() { return problemIds; }
        public void setProblemIds(List<Long> problemIds) { this.problemIds = problemIds; }
        public List<Long> getCauseIds() { return causeIds; }
        public void setCauseIds(List<Long> causeIds) { this.causeIds = causeIds; }
        public List<Long> getIndicatorIds() { return indicatorIds; }
        public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    @GetMapping("/action-plans/{id}")
    String view(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireRead(me);
        ActionPlanLinks links = plans.links(me.municipalityId(), id);
        BasisForm form = new BasisForm();
        form.setAssessmentId(links.assessmentId());
        form.setVersion(links.version());
        model.addAttribute("basisForm", form);
        return traceabilityView(me, id, model);
    }

    @PostMapping("/action-plans/{id}/basis")
    String chooseBasis(CurrentUser me, @PathVariable long id, @ModelAttribute("basisForm") BasisForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding,
                () -> plans.chooseBasis(me.municipalityId(), id, form.getVersion(), form.getAssessmentId()))) {
            redirect.addFlashAttribute("flash", "actionplan.basis.saved");
            return "redirect:/action-plans/" + id;
        }
        return traceabilityView(me, id, model);
    }

    private String traceabilityView(CurrentUser me, long id, Model model) {
        long m = me.municipalityId();
        model.addAttribute("report", traceability.traceability(m, id));
        model.addAttribute("assessments", assessments.assessments(m));
        model.addAttribute("canEdit", permissions.canEdit(me));
        return "actionplan/traceability";
    }

    @GetMapping("/action-plans/{id}/measures/{activityId}")
    String linksForm(CurrentUser me, @PathVariable long id, @PathVariable long activityId, Model model) {
        permissions.requireEdit(me);
        MeasureLinks links = plans.measureLinks(me.municipalityId(), id, activityId);
        LinksForm form = new LinksForm();
        form.setProblemIds(new ArrayList<>(links.problemIds()));
        form.setCauseIds(new ArrayList<>(links.causeIds()));
        form.setIndicatorIds(new ArrayList<>(links.indicatorIds()));
        form.setVersion(links.version());
        model.addAttribute("form", form);
        return linksView(me, id, activityId, model);
    }

    @PostMapping("/action-plans/{id}/measures/{activityId}")
    String saveLinks(CurrentUser me, @PathVariable long id, @PathVariable long activityId,
                     @ModelAttribute("form") LinksForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(me);
        if (FormErrors.succeeds(binding, () -> plans.replaceMeasureLinks(me.municipalityId(), id, activityId,
                form.getVersion(), form.getProblemIds(), form.getCauseIds(), form.getIndicatorIds()))) {
            redirect.addFlashAttribute("flash", "actionplan.links.saved");
            return "redirect:/action-plans/" + id + "#measure-" + activityId;
        }
        return linksView(me, id, activityId, model);
    }

    private String linksView(CurrentUser me, long id, long activityId, Model model) {
        long m = me.municipalityId();
        Activity activity = plans.measure(m, id, activityId);
        model.addAttribute("plan", plans.plan(m, id));
        model.addAttribute("activity", activity);
        var basis = plans.basis(m, id);
        model.addAttribute("basis", basis.orElse(null));
        model.addAttribute("problems", basis.map(a -> assessments.problems(m, a.id())).orElse(List.of()));
        model.addAttribute("indicators", governance.indicators(m, id));
        model.addAttribute("goalIds", activity.goalIds());
        return "actionplan/links";
    }
}
