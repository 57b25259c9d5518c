package se.tryggve.governance;

import java.util.Optional;

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

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Goal page (details, owners, activities, edit form), new goal form, indicator forms. */
@Controller
class GoalPages {

    private final Governance governance;
    private final GovernanceQueries queries;
    private final GovernancePermissions permissions;
    private final DepartmentDirectory departments;

    GoalPages(Governance governance, GovernanceQueries queries, GovernancePermissions permissions,
              DepartmentDirectory departments) {
        this.governance = governance;
        this.queries = queries;
        this.permissions = permissions;
        this.departments = departments;
    }

    @GetMapping("/programmes/{id}/goals/new")
    String newGoal(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long areaId,
                   @RequestParam(required = false) Long parentId, Model model) {
        permissions.requireEditDocuments(me);
        Forms.GoalForm form = new Forms.GoalForm();
        form.setAreaId(areaId);
        form.setParentId(parentId);
        model.addAttribute("form", form);
        return goalFormView(me, id, null, model);
    }

    @PostMapping("/programmes/{id}/goals/new")
    String addGoal(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.GoalForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        queries.document(me.municipalityId(), id);
        Optional<Goal> g = FormErrors.attempt(binding,
                () -> governance.addGoal(me.municipalityId(), id, form.toData()));
        if (g.isPresent()) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + id + "#goal-" + g.get().id();
        }
        return goalFormView(me, id, null, model);
    }

    @GetMapping("/goals/{id}")
    String goal(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireRead(me);
        Goal g = queries.goal(me.municipalityId(), id);
        model.addAttribute("form", Forms.GoalForm.of(g));
        return goalView(me, g, model);
    }

    @PostMapping("/goals/{id}")
    String updateGoal(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.GoalForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        Goal g = queries.goal(me.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> governance.updateGoal(me.municipalityId(), id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/goals/" + id;
        }
        return goalView(me, g, model);
    }

    private String goalView(CurrentUser me, Goal g, Model model) {
        long m = me.municipalityId();
        var names = queries.departmentNames(m);
        model.addAttribute("goal", g);
        model.addAttribute("area", queries.area(m, g.areaId()));
        model.addAttribute("parent", g.parentId() == null ? null : queries.goal(m, g.parentId()));
        model.addAttribute("ownerNames", g.ownerDepartmentIds().stream().map(d -> names.getOrDefault(d, "?")).sorted().toList());
        model.addAttribute("activities", queries.activities(m, new GovernanceQueries.ActivityFilter(null, null, null, g.id())));
        model.addAttribute("departmentNames", names);
        model.addAttribute("canEdit", permissions.canEditDocuments(me));
        goalFormView(me, g.documentId(), g, model);
        return "governance/goal";
    }

    private String goalFormView(CurrentUser me, long documentId, Goal editing, Model model) {
        long m = me.municipalityId();
        model.addAttribute("document", queries.document(m, documentId));
        model.addAttribute("areas", queries.areas(m, documentId));
        model.addAttribute("parentGoals", queries.goals(m, documentId).stream()
                .filter(g -> editing == null || g.id() != editing.id()).toList());
        model.addAttribute("departments", departments.listDepartments(m));
        return "governance/goal-form";
    }

    // ---------------------------------------------------------------- indicators

    @GetMapping("/programmes/{id}/indicators/new")
    String newIndicator(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        model.addAttribute("form", new Forms.IndicatorForm());
        return indicatorView(me, id, null, model);
    }

    @PostMapping("/programmes/{id}/indicators/new")
    String addIndicator(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.IndicatorForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        queries.document(me.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> governance.addIndicator(me.municipalityId(), id, form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + id + "#indicators";
        }
        return indicatorView(me, id, null, model);
    }

    @GetMapping("/indicators/{id}/edit")
    String editIndicator(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        Indicator i = queries.indicator(me.municipalityId(), id);
        model.addAttribute("form", Forms.IndicatorForm.of(i));
        return indicatorView(me, i.documentId(), i, model);
    }

    @PostMapping("/indicators/{id}/edit")
    String updateIndicator(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.IndicatorForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        Indicator i = queries.indicator(me.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> governance.updateIndicator(me.municipalityId(), id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + i.documentId() + "#indicators";
        }
        return indicatorView(me, i.documentId(), i, model);
    }

    private String indicatorView(CurrentUser me, long documentId, Indicator editing, Model model) {
        long m = me.municipalityId();
        model.addAttribute("document", queries.document(m, documentId));
        model.addAttribute("goals", queries.goals(m, documentId));
        model.addAttribute("indicator", editing);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("sources", IndicatorSource.values());
        return "governance/indicator-form";
    }
}
