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

/** Pages: the list of bodies, and the forms to create and change them. */
@Controller
@RequestMapping("/organisation/bodies")
class BodyPages {

    private final Bodies service;
    private final OrganisationPermissions permissions;
    private final BodySecretaries secretaries;
    private final People people;

    BodyPages(Bodies service, OrganisationPermissions permissions, BodySecretaries secretaries, People people) {
        this.service = service;
        this.permissions = permissions;
        this.secretaries = secretaries;
        this.people = people;
    }

    @PostMapping("/{id}/secretaries")
    String assignSecretary(CurrentUser user, @PathVariable long id,
                           @org.springframework.web.bind.annotation.RequestParam(required = false) Long personId,
                           RedirectAttributes redirect) {
        permissions.requireNameBodySecretaries(user);
        try {
            secretaries.assignSecretary(user.municipalityId(), id, personId);
            redirect.addFlashAttribute("flash", "shared.saved");
        } catch (se.tryggve.shared.RuleViolationException e) {
            redirect.addFlashAttribute("secretaryError", e.messageKey());
        }
        return "redirect:/organisation/bodies/" + id + "/edit";
    }

    @PostMapping("/{id}/secretaries/{personId}/remove")
    String removeSecretary(CurrentUser user, @PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        permissions.requireNameBodySecretaries(user);
        secretaries.removeSecretary(user.municipalityId(), id, personId);
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:/organisation/bodies/" + id + "/edit";
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", service.listBodies(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManageBodies(user));
        return "organisation/bodies";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManageBodies(user);
        BodyInput form = new BodyInput();
        form.setActive(true);
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") BodyInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManageBodies(user);
        if (FormErrors.succeeds(binding, () -> service.createBody(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/bodies";
        }
        return formView(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManageBodies(user);
        BodyInfo current = service.findBody(user.municipalityId(), id);
        BodyInput form = new BodyInput();
        form.setName(current.name());
        form.setShortName(current.shortName());
        form.setType(current.type());
        form.setParentId(current.parentId());
        form.setActive(current.active());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return formView(user, model, id);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") BodyInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManageBodies(user);
        service.findBody(user.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> service.updateBody(user.municipalityId(), id,
                        form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/bodies";
        }
        return formView(user, model, id);
    }

    private String formView(CurrentUser user, Model model, Long id) {
        model.addAttribute("editId", id);
        model.addAttribute("types", BodyType.values());
        model.addAttribute("parents", service.listBodies(user.municipalityId()).stream()
                .filter(b -> id == null || b.id() != id).toList());
        if (id != null) {
            model.addAttribute("secretaries", secretaries.secretaryPeople(user.municipalityId(), id));
            model.addAttribute("people", people.listPeople(user.municipalityId()));
            model.addAttribute("mayNameSecretaries", permissions.canNameBodySecretaries(user));
        }
        return "organisation/bodies-form";
    }
}
