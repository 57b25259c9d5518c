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

/** Pages: the list of parties, and the forms to create and change them. */
@Controller
@RequestMapping("/organisation/parties")
class PartyPages {

    private final Parties service;
    private final OrganisationPermissions permissions;
    PartyPages(Parties service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", service.listParties(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManageParties(user));
        return "organisation/parties";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManageParties(user);
        PartyInput form = new PartyInput();
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") PartyInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManageParties(user);
        if (FormErrors.succeeds(binding, () -> service.createParty(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/parties";
        }
        return formView(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManageParties(user);
        PartyInfo current = service.findParty(user.municipalityId(), id);
        PartyInput form = new PartyInput();
        form.setAbbreviation(current.abbreviation());
        form.setName(current.name());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return formView(user, model, id);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") PartyInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManageParties(user);
        service.findParty(user.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> service.updateParty(user.municipalityId(), id,
                        form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/parties";
        }
        return formView(user, model, id);
    }

    private String formView(CurrentUser user, Model model, Long id) {
        model.addAttribute("editId", id);
        return "organisation/parties-form";
    }
}
