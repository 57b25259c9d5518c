package se.tryggve.cases;

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

/** Pages: the registries and their forms. */
@Controller
@RequestMapping("/cases/registries")
class RegistryPages {

    private final Registries service;
    private final CasePermissions permissions;

    RegistryPages(Registries service, CasePermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", service.listRegistries(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManageRegistries(user));
        return "cases/registries";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManageRegistries(user);
        model.addAttribute("form", new RegistryInput());
        model.addAttribute("editId", null);
        return "cases/registry-form";
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") RegistryInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManageRegistries(user);
        if (FormErrors.succeeds(binding, () -> service.createRegistry(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/cases/registries";
        }
        model.addAttribute("editId", null);
        return "cases/registry-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManageRegistries(user);
        Registry r = service.findRegistry(user.municipalityId(), id);
        RegistryInput form = new RegistryInput(r.code(), r.name(), r.numberFormat());
        form.setVersion(r.version());
        model.addAttribute("form", form);
        model.addAttribute("editId", id);
        return "cases/registry-form";
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") RegistryInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManageRegistries(user);
        service.findRegistry(user.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> service.updateRegistry(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/cases/registries";
        }
        model.addAttribute("editId", id);
        return "cases/registry-form";
    }
}
