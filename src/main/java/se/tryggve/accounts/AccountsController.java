package se.tryggve.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.groups.Default;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.DepartmentDirectory.DepartmentRef;
import se.tryggve.organisation.People;
import se.tryggve.security.CurrentUser;
import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;
import se.tryggve.security.UserAccounts.Account;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/** The administrator's account pages and every user's own account page. */
@Controller
class AccountsController {

    private final UserAccounts accounts;
    private final AccountAdministration administration;
    private final DepartmentDirectory departments;
    private final AccountsPermissions permissions;
    private final People people;
    private final se.tryggve.organisation.PartnerDirectory partners;

    AccountsController(UserAccounts accounts, AccountAdministration administration, DepartmentDirectory departments,
                       AccountsPermissions permissions, People people, se.tryggve.organisation.PartnerDirectory partners) {
        this.partners = partners;
        this.people = people;
        this.accounts = accounts;
        this.administration = administration;
        this.departments = departments;
        this.permissions = permissions;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser me, Model model) {
        AccountsPermissions.require(permissions.canListAccounts(me));
        model.addAttribute("accounts", accounts.listAccounts(me.municipalityId()));
        model.addAttribute("departmentNames", departmentNames(me));
        model.addAttribute("allRoles", EnumSet.allOf(Role.class));
        return "accounts/list";
    }

    @GetMapping("/admin/users/new")
    String newForm(CurrentUser me, Model model) {
        AccountsPermissions.require(permissions.canManageAccounts(me));
        return form(me, model, new AccountForm(), null);
    }

    @PostMapping("/admin/users")
    String create(CurrentUser me,
                  @Validated({Default.class, AccountForm.OnCreate.class}) @ModelAttribute("form") AccountForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        AccountsPermissions.require(permissions.canManageAccounts(me));
        if (form.getPassword() == null || form.getPassword().isBlank()) {
            binding.rejectValue("password", "security.password.required");
        }
        precheck(form, binding);
        if (FormErrors.succeeds(binding, () -> administration.createAccount(me, form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/admin/users";
        }
        return form(me, model, form, null);
    }

    @GetMapping("/admin/users/{id}/edit")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        AccountsPermissions.require(permissions.canManageAccounts(me));
        Account account = accounts.findAccount(me.municipalityId(), id);
        return form(me, model, AccountForm.of(account), account);
    }

    @PostMapping("/admin/users/{id}")
    String update(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") AccountForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        AccountsPermissions.require(permissions.canManageAccounts(me));
        Account account = accounts.findAccount(me.municipalityId(), id);
        // The username cannot be changed: it is what the audit log names the person by.
        form.setUsername(account.username());
        precheck(form, binding);
        if (FormErrors.succeeds(binding, () -> administration.updateAccount(me, id,
                form.getVersion() == null ? -1 : form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/admin/users";
        }
        return form(me, model, form, account);
    }

    @GetMapping("/account")
    String own(CurrentUser me, Model model) {
        AccountsPermissions.require(permissions.canViewOwnAccount(me));
        return own(me, model, new PasswordForm());
    }

    @PostMapping("/account/password")
    String changePassword(CurrentUser me, @Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        AccountsPermissions.require(permissions.canChangeOwnPassword(me));
        if (!binding.hasFieldErrors("repeatPassword") && form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getRepeatPassword())) {
            binding.rejectValue("repeatPassword", "accounts.password.mismatch");
        }
        if (FormErrors.succeeds(binding, () -> {
            try {
                accounts.changeOwnPassword(me, form.getOldPassword(), form.getNewPassword());
            } catch (RuleViolationException e) {
                // the password rules speak of "password"; on this form the new one is "newPassword"
                String field = "password".equals(e.field()) ? "newPassword" : e.field();
                throw new RuleViolationException(field, e.messageKey(), e.args());
            }
        })) {
            redirect.addFlashAttribute("flash", "accounts.password.changed");
            return "redirect:/account";
        }
        return own(me, model, form);
    }

    /**
     * The use case's rules checked early as well, so that the administrator sees every problem of the
     * form at once instead of one after the other; the use case still decides.
     */
    private static void precheck(AccountForm form, BindingResult binding) {
        String password = form.getPassword();
        if (password != null && !password.isBlank() && (password.length() < 12 || password.length() > 200)
                && !binding.hasFieldErrors("password")) {
            binding.rejectValue("password", "security.password.tooShort");
        }
        if (form.getRoles() == null || form.getRoles().isEmpty()) {
            binding.rejectValue("roles", "security.roles.required");
        } else if (form.getRoles().contains(Role.DEPARTMENT_REPORTER) && form.getDepartmentId() == null) {
            binding.rejectValue("departmentId", "security.reporter.departmentRequired");
        } else if (form.getRoles().contains(Role.PARTNER_REPORTER) && form.getRoles().size() > 1) {
            binding.rejectValue("roles", "security.partner.onlyRole");
        } else if (form.getRoles().contains(Role.PARTNER_REPORTER) && form.getPartnerOrganisationId() == null) {
            binding.rejectValue("partnerOrganisationId", "security.partner.organisationRequired");
        }
    }

    private String own(CurrentUser me, Model model, PasswordForm form) {
        Account account = accounts.findAccount(me.municipalityId(), me.userId());
        model.addAttribute("account", account);
        model.addAttribute("hasPassword", accounts.hasPassword(me.municipalityId(), me.userId()));
        model.addAttribute("departmentNames", departmentNames(me));
        model.addAttribute("passwordForm", form);
        model.addAttribute("allRoles", EnumSet.allOf(Role.class));
        return "accounts/own";
    }

    private String form(CurrentUser me, Model model, AccountForm form, Account account) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("allRoles", EnumSet.allOf(Role.class));
        List<DepartmentRef> options = departments.listDepartments(me.municipalityId()).stream()
                .filter(d -> d.active() || d.id() == (form.getDepartmentId() == null ? -1 : form.getDepartmentId()))
                .toList();
        model.addAttribute("departments", options);
        model.addAttribute("partners", partners.partnerOrganisations(me.municipalityId()).stream()
                .filter(p -> p.active() || p.id() == (form.getPartnerOrganisationId() == null ? -1 : form.getPartnerOrganisationId()))
                .toList());
        model.addAttribute("people", people.listPeople(me.municipalityId()).stream()
                .filter(p -> p.active() || p.id() == (form.getPersonId() == null ? -1 : form.getPersonId())).toList());
        return "accounts/form";
    }

    private Map<Long, String> departmentNames(CurrentUser me) {
        return departments.listDepartments(me.municipalityId()).stream()
                .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name, (a, b) -> a));
    }
}
