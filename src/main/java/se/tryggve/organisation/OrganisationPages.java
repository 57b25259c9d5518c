package se.tryggve.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** The organisation overview and the municipality's settings. */
@Controller
@RequestMapping("/organisation")
class OrganisationPages {

    private final Municipalities municipalities;
    private final Departments departments;
    private final Bodies bodies;
    private final Parties parties;
    private final People people;
    private final OrganisationPermissions permissions;
    private final PartnerDirectory partners;

    OrganisationPages(Municipalities municipalities, Departments departments, Bodies bodies, Parties parties,
                      People people, OrganisationPermissions permissions, PartnerDirectory partners) {
        this.partners = partners;
        this.municipalities = municipalities;
        this.departments = departments;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.permissions = permissions;
    }

    @GetMapping
    String overview(CurrentUser user, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        model.addAttribute("municipality", municipalities.find(m).orElseThrow());
        model.addAttribute("departmentCount", departments.listDepartments(m).size());
        model.addAttribute("partnerCount", partners.partnerOrganisations(m).size());
        model.addAttribute("bodyCount", bodies.listBodies(m).size());
        model.addAttribute("partyCount", parties.listParties(m).size());
        model.addAttribute("personCount", people.listPeople(m).size());
        model.addAttribute("maySettings", permissions.canManageSettings(user));
        return "organisation/overview";
    }

    @GetMapping("/settings")
    String settings(CurrentUser user, Model model) {
        permissions.requireRead(user);
        var municipality = municipalities.find(user.municipalityId()).orElseThrow();
        SettingsInput form = new SettingsInput();
        form.setJudgementScale(municipality.judgement());
        form.setParagraphNumbering(municipality.numbering());
        form.setOpen311Jurisdiction(municipality.open311Jurisdiction());
        form.setVersion(municipality.version());
        model.addAttribute("form", form);
        return settingsView(user, model);
    }

    @PostMapping("/settings")
    String saveSettings(CurrentUser user, @Valid @ModelAttribute("form") SettingsInput form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireManageSettings(user);
        if (FormErrors.succeeds(binding,
                () -> municipalities.updateMunicipalitySettings(user.municipalityId(),
                        form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/settings";
        }
        return settingsView(user, model);
    }

    private String settingsView(CurrentUser user, Model model) {
        model.addAttribute("municipality", municipalities.find(user.municipalityId()).orElseThrow());
        model.addAttribute("mayEdit", permissions.canManageSettings(user));
        model.addAttribute("scales", JudgementScale.values());
        model.addAttribute("numberings", ParagraphNumbering.values());
        return "organisation/settings";
    }
}
