package se.tryggve.governance;

import java.util.Optional;

import java.util.List;

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

/** The activity list with filters, and the activity forms (reporters: own department only). */
@Controller
class ActivityPages {

    private final Governance governance;
    private final GovernanceQueries queries;
    private final GovernancePermissions permissions;
    private final DepartmentDirectory departments;

    ActivityPages(Governance governance, GovernanceQueries queries, GovernancePermissions permissions,
                  DepartmentDirectory departments) {
        this.governance = governance;
        this.queries = queries;
        this.permissions = permissions;
        this.departments = departments;
    }

    @GetMapping("/activities")
    String list(CurrentUser me, @RequestParam(required = false) Long documentId,
                @RequestParam(required = false) Long departmentId, @RequestParam(required = false) ActivityStatus status,
                @RequestParam(required = false) Long goalId, Model model) {
        permissions.requireRead(me);
        long m = me.municipalityId();
        var filter = new GovernanceQueries.ActivityFilter(documentId, departmentId, status, goalId);
        model.addAttribute("filter", filter);
        model.addAttribute("activities", queries.activities(m, filter));
        model.addAttribute("documents", queries.listDocuments(m));
        model.addAttribute("goals", documentId == null ? List.of() : queries.goals(m, documentId));
        model.addAttribute("departments", departments.listDepartments(m));
        model.addAttribute("departmentNames", queries.departmentNames(m));
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("canAdd", permissions.canCreateSomeActivity(me));
        model.addAttribute("permissions", permissions);
        return "governance/activities";
    }

    @GetMapping("/activities/new")
    String newActivity(CurrentUser me, @RequestParam(required = false) Long documentId,
                       @RequestParam(required = false) Long goalId, Model model) {
        GovernancePermissions.require(permissions.canCreateSomeActivity(me));
        Forms.ActivityForm form = new Forms.ActivityForm();
        form.setDocumentId(documentId);
        if (goalId != null) {
            form.getGoalIds().add(goalId);
        }
        if (me.departmentId() != null && !permissions.canEditDocuments(me)) {
            form.setResponsibleDepartmentId(me.departmentId());
        }
        form.setStartYear(java.time.Year.now().getValue());
        model.addAttribute("form", form);
        return formView(me, null, model);
    }

    @PostMapping("/activities/new")
    String create(CurrentUser me, @Validated @ModelAttribute("form") Forms.ActivityForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        GovernancePermissions.require(permissions.canCreateSomeActivity(me));
        if (!binding.hasFieldErrors("responsibleDepartmentId")) {
            GovernancePermissions.require(permissions.canEditActivity(me, form.getResponsibleDepartmentId()));
        }
        Optional<Activity> a = FormErrors.attempt(binding,
                () -> governance.createActivity(me.municipalityId(), form.toData()));
        if (a.isPresent()) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + a.get().documentId();
        }
        return formView(me, null, model);
    }

    @GetMapping("/activities/{id}/edit")
    String edit(CurrentUser me, @PathVariable long id, Model model) {
        Activity a = queries.activity(me.municipalityId(), id);
        GovernancePermissions.require(permissions.canEditActivity(me, a.responsibleDepartmentId()));
        model.addAttribute("form", Forms.ActivityForm.of(a));
        return formView(me, a, model);
    }

    @PostMapping("/activities/{id}/edit")
    String update(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.ActivityForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        Activity a = queries.activity(me.municipalityId(), id);
        GovernancePermissions.require(permissions.canEditActivity(me, a.responsibleDepartmentId()));
        if (!binding.hasFieldErrors("responsibleDepartmentId")) {
            GovernancePermissions.require(permissions.canEditActivity(me, form.getResponsibleDepartmentId()));
        }
        form.setDocumentId(a.documentId());
        if (FormErrors.succeeds(binding,
                () -> governance.updateActivity(me.municipalityId(), id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/activities?documentId=" + a.documentId();
        }
        return formView(me, a, model);
    }

    private String formView(CurrentUser me, Activity editing, Model model) {
        long m = me.municipalityId();
        Forms.ActivityForm form = (Forms.ActivityForm) model.getAttribute("form");
        List<GoverningDocument> documents = queries.listDocuments(m);
        Long documentId = form.getDocumentId();
        if (documentId == null && !documents.isEmpty()) {
            documentId = documents.get(0).id();
            form.setDocumentId(documentId);
        }
        model.addAttribute("activity", editing);
        model.addAttribute("documents", documents);
        model.addAttribute("document", documentId == null ? null : queries.document(m, documentId));
        model.addAttribute("areas", documentId == null ? List.of() : queries.areas(m, documentId));
        model.addAttribute("goals", documentId == null ? List.of() : queries.goals(m, documentId));
        model.addAttribute("departments", permissions.canEditDocuments(me) ? departments.listDepartments(m)
                : departments.listDepartments(m).stream().filter(d -> d.id() == (me.departmentId() == null ? -1 : me.departmentId())).toList());
        model.addAttribute("statuses", ActivityStatus.values());
        return "governance/activity-form";
    }
}
