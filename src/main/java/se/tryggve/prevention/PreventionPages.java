package se.tryggve.prevention;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.web.FormErrors;

/**
 * Pages of the extremism follow-up: the entry page with the real figures for those who record them
 * (coordinator, administrator, a reporter for the own department) and, for everyone, the figures as
 * they are published (counts under 5 suppressed); the form of a unit's year.
 */
@Controller
@RequestMapping("/prevention")
class PreventionPages {

    private final PreventionFollowUps followUps;
    private final PreventionPermissions permissions;
    private final DepartmentDirectory departments;

    PreventionPages(PreventionFollowUps followUps, PreventionPermissions permissions, DepartmentDirectory departments) {
        this.followUps = followUps;
        this.permissions = permissions;
        this.departments = departments;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireReadPublished(user);
        long m = user.municipalityId();
        boolean all = permissions.canReadAll(user);
        boolean records = permissions.canRecordAny(user);
        List<PreventionEntry> entries = !records ? List.of() : followUps.listEntries(m, null, all ? null : user.departmentId());
        model.addAttribute("mayRecord", records);
        model.addAttribute("entries", entries);
        model.addAttribute("entryYears", entries.stream().map(PreventionEntry::year).distinct().toList());
        model.addAttribute("unitsPerYear", entries.stream().collect(java.util.stream.Collectors.groupingBy(PreventionEntry::year,
                java.util.stream.Collectors.counting())));
        model.addAttribute("totals", all ? followUps.internalTotals(m, null) : java.util.Map.of());
        List<PublishedYear> published = new java.util.ArrayList<>(followUps.publishedYearsUpTo(m, Integer.MAX_VALUE));
        java.util.Collections.reverse(published);
        model.addAttribute("published", published);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("threshold", PublishedCount.THRESHOLD);
        return "prevention/list";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        permissions.requireRecordAny(user);
        PreventionInput form = new PreventionInput();
        form.setYear(year);
        if (!permissions.canReadAll(user)) {
            form.setDepartmentId(user.departmentId());
        }
        return form(user, model, form, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") PreventionInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireRecordAny(user);
        if (!permissions.canReadAll(user)) {
            form.setDepartmentId(user.departmentId()); // a reporter records for the own department only
        }
        permissions.requireRecord(user, form.getDepartmentId());
        if (FormErrors.succeeds(binding, () -> followUps.recordEntry(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/prevention";
        }
        return form(user, model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        PreventionEntry e = visible(user, id);
        return form(user, model, PreventionInput.of(e), e);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") PreventionInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        PreventionEntry e = visible(user, id);
        form.setYear(e.year());
        form.setDepartmentId(e.departmentId());
        if (FormErrors.succeeds(binding, () -> followUps.updateEntry(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/prevention";
        }
        return form(user, model, form, e);
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        visible(user, id);
        try {
            followUps.removeEntry(user.municipalityId(), id, version == null ? -1 : version);
            redirect.addFlashAttribute("flash", "prevention.removed");
            return "redirect:/prevention";
        } catch (StaleVersionException ex) {
            redirect.addFlashAttribute("flash", "shared.stale");
            return "redirect:/prevention/" + id + "/edit";
        }
    }

    /** The entry if the user may record it; another department's entry answers 404 like a missing one. */
    private PreventionEntry visible(CurrentUser user, long id) {
        permissions.requireRecordAny(user);
        PreventionEntry e = followUps.findEntry(user.municipalityId(), id);
        if (!permissions.canRecord(user, e.departmentId())) {
            throw new NotFoundException("PreventionFollowUp", id);
        }
        return e;
    }

    private String form(CurrentUser user, Model model, PreventionInput form, PreventionEntry entry) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("chooseUnit", entry == null && permissions.canReadAll(user));
        model.addAttribute("departments", departments.listDepartments(user.municipalityId()).stream()
                .filter(d -> d.active() || d.id() == (form.getDepartmentId() == null ? -1 : form.getDepartmentId())).toList());
        String unitName = null;
        if (form.getDepartmentId() != null) {
            unitName = departments.findDepartment(user.municipalityId(), form.getDepartmentId())
                    .map(DepartmentDirectory.DepartmentRef::name).orElse(null);
        }
        model.addAttribute("unitName", unitName);
        model.addAttribute("measures", Measure.values());
        return "prevention/form";
    }
}
