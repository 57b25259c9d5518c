package se.tryggve.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Pages: the list of departments, and the forms to create and change them. */
@Controller
@RequestMapping("/organisation/departments")
class DepartmentPages {

    private final Departments service;
    private final OrganisationPermissions permissions;
    DepartmentPages(Departments service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", service.listDepartments(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManageDepartments(user));
        return "organisation/departments";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManageDepartments(user);
        DepartmentInput form = new DepartmentInput();
        form.setActive(true);
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") DepartmentInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManageDepartments(user);
        if (FormErrors.succeeds(binding, () -> service.createDepartment(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/departments";
        }
        return formView(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManageDepartments(user);
        DepartmentInfo current = service.findDepartment(user.municipalityId(), id);
        DepartmentInput form = new DepartmentInput();
        form.setName(current.name());
        form.setShortName(current.shortName());
        form.setActive(current.active());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return formView(user, model, id);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") DepartmentInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManageDepartments(user);
        service.findDepartment(user.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> service.updateDepartment(user.municipalityId(), id,
                        form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/departments";
        }
        return formView(user, model, id);
    }

    private String formView(CurrentUser user, Model model, Long id) {
        model.addAttribute("editId", id);
        return "organisation/departments-form";
    }
}
