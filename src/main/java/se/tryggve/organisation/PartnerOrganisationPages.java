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
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.FormErrors;

/** Pages: the partner organisations of the EST work, and the forms to create and change them (administrators). */
@Controller
@RequestMapping("/organisation/partners")
class PartnerOrganisationPages {

    private final PartnerOrganisations service;
    private final PartnerDirectory directory;
    private final OrganisationPermissions permissions;

    PartnerOrganisationPages(PartnerOrganisations service, PartnerDirectory directory, OrganisationPermissions permissions) {
        this.service = service;
        this.directory = directory;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", directory.partnerOrganisations(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManagePartners(user));
        return "organisation/partners";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManagePartners(user);
        PartnerOrganisationInput form = new PartnerOrganisationInput();
        form.setActive(true);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") PartnerOrganisationInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManagePartners(user);
        if (FormErrors.succeeds(binding, () -> service.createPartnerOrganisation(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/partners";
        }
        return formView(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManagePartners(user);
        PartnerOrganisationInfo current = find(user, id);
        PartnerOrganisationInput form = new PartnerOrganisationInput();
        form.setName(current.name());
        form.setKind(current.kind());
        form.setExample(current.example());
        form.setActive(current.active());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return formView(model, id);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") PartnerOrganisationInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManagePartners(user);
        find(user, id);
        if (FormErrors.succeeds(binding, () -> service.updatePartnerOrganisation(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/partners";
        }
        return formView(model, id);
    }

    private PartnerOrganisationInfo find(CurrentUser user, long id) {
        return directory.findPartnerOrganisation(user.municipalityId(), id)
                .orElseThrow(() -> new NotFoundException(PartnerOrganisations.OBJECT_TYPE, id));
    }

    private String formView(Model model, Long editId) {
        model.addAttribute("editId", editId);
        model.addAttribute("kinds", PartnerKind.values());
        return "organisation/partners-form";
    }
}
