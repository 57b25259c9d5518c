package se.tryggve.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/**
 * A person's page: their memberships and official roles, with the forms to add a membership or an
 * official role, and to change (or end) a membership.
 */
@Controller
class PersonRolePages {

    private final People people;
    private final Memberships memberships;
    private final Officials officials;
    private final Bodies bodies;
    private final Parties parties;
    private final Departments departments;
    private final OrganisationPermissions permissions;

    PersonRolePages(People people, Memberships memberships, Officials officials, Bodies bodies, Parties parties,
                    Departments departments, OrganisationPermissions permissions) {
        this.people = people;
        this.memberships = memberships;
        this.officials = officials;
        this.bodies = bodies;
        this.parties = parties;
        this.departments = departments;
        this.permissions = permissions;
    }

    @GetMapping("/organisation/people/{id}")
    String person(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireRead(user);
        MembershipInput membership = new MembershipInput();
        membership.setPersonId(id);
        OfficialInput official = new OfficialInput();
        official.setPersonId(id);
        model.addAttribute("membershipForm", membership);
        model.addAttribute("officialForm", official);
        return personView(user, id, model);
    }

    @PostMapping("/organisation/people/{id}/memberships")
    String addMembership(CurrentUser user, @PathVariable long id,
                         @Valid @ModelAttribute("membershipForm") MembershipInput form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        permissions.requireManageMemberships(user);
        people.findPerson(user.municipalityId(), id);
        form.setPersonId(id);
        if (FormErrors.succeeds(binding, onPersonPage(() -> memberships.addMembership(user.municipalityId(), form)))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/people/" + id;
        }
        OfficialInput official = new OfficialInput();
        official.setPersonId(id);
        model.addAttribute("officialForm", official);
        return personView(user, id, model);
    }

    @PostMapping("/organisation/people/{id}/officials")
    String addOfficialRole(CurrentUser user, @PathVariable long id,
                           @Valid @ModelAttribute("officialForm") OfficialInput form, BindingResult binding,
                           Model model, RedirectAttributes redirect) {
        permissions.requireManageOfficials(user);
        people.findPerson(user.municipalityId(), id);
        form.setPersonId(id);
        if (FormErrors.succeeds(binding, () -> officials.addOfficialRole(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/people/" + id;
        }
        MembershipInput membership = new MembershipInput();
        membership.setPersonId(id);
        model.addAttribute("membershipForm", membership);
        return personView(user, id, model);
    }

    @GetMapping("/organisation/memberships/{id}/edit")
    String editMembership(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireManageMemberships(user);
        MembershipInfo current = memberships.findMembership(user.municipalityId(), id);
        MembershipInput form = new MembershipInput();
        form.setPersonId(current.personId());
        form.setBodyId(current.bodyId());
        form.setRole(current.role());
        form.setPartyId(current.partyId());
        form.setValidFrom(current.validFrom());
        form.setValidTo(current.validTo());
        form.setVersion(current.version());
        model.addAttribute("form", form);
        return membershipView(user, current, model);
    }

    @PostMapping("/organisation/memberships/{id}")
    String updateMembership(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") MembershipInput form,
                            BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireManageMemberships(user);
        MembershipInfo current = memberships.findMembership(user.municipalityId(), id);
        // the person of a membership does not change; a new person gets a new membership
        form.setPersonId(current.personId());
        if (FormErrors.succeeds(binding, onPersonPage(() -> memberships.updateMembership(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form)))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/organisation/people/" + current.personId();
        }
        return membershipView(user, current, model);
    }

    /**
     * On these forms the person is given, not chosen: a seat that overlaps the person's other seat in
     * the body is shown beside the body, the field the user can change.
     */
    private static Runnable onPersonPage(Runnable useCase) {
        return () -> {
            try {
                useCase.run();
            } catch (RuleViolationException e) {
                throw "personId".equals(e.field()) ? new RuleViolationException("bodyId", e.messageKey(), e.args()) : e;
            }
        };
    }

    private String personView(CurrentUser user, long id, Model model) {
        long m = user.municipalityId();
        model.addAttribute("person", people.findPerson(m, id));
        model.addAttribute("memberships", memberships.listMemberships(m, null, id, null));
        model.addAttribute("officialRoles", officials.listOfficialRoles(m, id));
        model.addAttribute("mayEdit", permissions.canManagePeople(user));
        model.addAttribute("mayEditMemberships", permissions.canManageMemberships(user));
        model.addAttribute("mayEditOfficials", permissions.canManageOfficials(user));
        addChoices(m, model);
        model.addAttribute("departments", departments.listDepartments(m));
        return "organisation/person";
    }

    private String membershipView(CurrentUser user, MembershipInfo current, Model model) {
        model.addAttribute("membership", current);
        addChoices(user.municipalityId(), model);
        return "organisation/membership-form";
    }

    private void addChoices(long m, Model model) {
        model.addAttribute("bodies", bodies.listBodies(m));
        model.addAttribute("parties", parties.listParties(m));
        model.addAttribute("roles", MembershipRole.values());
    }
}
