package se.tryggve.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.governance.Activity;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Opening a follow-up with the coordinator's choice of which department reports on which goal and activity. */
@Controller
class AssignmentPages {

    private final FollowUps followUps;
    private final FollowUpPermissions permissions;
    private final GovernanceQueries governance;
    private final DepartmentDirectory directory;

    AssignmentPages(FollowUps followUps, FollowUpPermissions permissions, GovernanceQueries governance,
                    DepartmentDirectory directory) {
        this.followUps = followUps;
        this.permissions = permissions;
        this.governance = governance;
        this.directory = directory;
    }

    @GetMapping("/follow-ups/new")
    String form(CurrentUser me, @RequestParam long documentId, Model model) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        long m = me.municipalityId();
        AssignmentForm form = new AssignmentForm();
        form.setDocumentId(documentId);
        for (Goal g : governance.goals(m, documentId)) {
            form.getGoalDepartments().put(g.id(), new ArrayList<>(g.ownerDepartmentIds()));
        }
        for (Activity a : activities(m, documentId)) {
            form.getActivityDepartments().put(a.id(), a.responsibleDepartmentId());
        }
        model.addAttribute("form", form);
        return view(m, documentId, model);
    }

    @PostMapping("/follow-ups/new")
    String open(CurrentUser me, @Validated @ModelAttribute("form") AssignmentForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canCoordinate(me));
        long m = me.municipalityId();
        if (form.getDocumentId() == null) {
            return "redirect:/follow-ups";
        }
        return FormErrors.attempt(binding, () -> followUps.openFollowUp(m, form.getDocumentId(), form.getYear(),
                        form.getDeadline(), form.getNoteOnYear(), form.assignment()))
                .map(f -> {
                    redirect.addFlashAttribute("flash", "shared.saved");
                    return "redirect:/follow-ups/" + f.id();
                })
                .orElseGet(() -> view(m, form.getDocumentId(), model));
    }

    private String view(long m, long documentId, Model model) {
        model.addAttribute("document", governance.document(m, documentId));
        model.addAttribute("goals", governance.goals(m, documentId));
        model.addAttribute("activities", activities(m, documentId));
        model.addAttribute("departments", directory.listDepartments(m).stream().filter(DepartmentDirectory.DepartmentRef::active).toList());
        return "followup/new";
    }

    private List<Activity> activities(long m, long documentId) {
        return governance.activities(m, new GovernanceQueries.ActivityFilter(documentId, null, null, null));
    }
}
