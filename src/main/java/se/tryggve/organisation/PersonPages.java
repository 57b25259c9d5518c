package se.tryggve.organisation;

import java.util.Optional;

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

/** Pages: the list of people, and the forms to create and change them. */
@Controller
@RequestMapping("/organisation/people")
class PersonPages {

    private final People service;
    private final OrganisationPermissions permissions;
    PersonPages(People service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", service.listPeople(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canManagePeople(user));
        return "organisation/people";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireManagePeople(user);
        PersonInput form = new PersonInput();
        form.setActive(true);
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") PersonInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManagePeople(user);
        Optional<PersonInfo> created = FormErrors.attempt(binding,
                () -> service.createPerson(user.municipalityId(), form));
        if (created.isPresent()) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/people/" + created.get().id();
        }
        return formView(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManagePeople(user);
        PersonInfo current = service.findPerson(user.municipalityId(), id);
        PersonInput form = new PersonInput();
        form.setFirstName(current.firstName());
        form.setLastName(current.lastName());
        form.setEmail(current.email());
        form.setPhone(current.phone());
        form.setActive(current.active());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return formView(user, model, id);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") PersonInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManagePeople(user);
        service.findPerson(user.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> service.updatePerson(user.municipalityId(), id,
                        form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/people/" + id;
        }
        return formView(user, model, id);
    }

    private String formView(CurrentUser user, Model model, Long id) {
        model.addAttribute("editId", id);
        return "organisation/people-form";
    }
}
