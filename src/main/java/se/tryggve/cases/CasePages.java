package se.tryggve.cases;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
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
import se.tryggve.shared.web.FormErrors;

/** Pages: the case list with search and filters, a case with documents and history, and the forms. */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final Cases cases;
    private final Registries registries;
    private final CasesFromFollowUps fromFollowUps;
    private final DepartmentDirectory departments;
    private final CasePermissions permissions;

    CasePages(Cases cases, Registries registries, CasesFromFollowUps fromFollowUps, DepartmentDirectory departments,
              CasePermissions permissions) {
        this.cases = cases;
        this.registries = registries;
        this.fromFollowUps = fromFollowUps;
        this.departments = departments;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long registryId,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) CaseStatus status, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        model.addAttribute("items", cases.searchCases(m, new Cases.Filter(q, registryId, year, status, null)));
        model.addAttribute("q", q);
        model.addAttribute("registryId", registryId);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("registries", registries.listRegistries(m));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("mayRegister", permissions.canRegister(user));
        model.addAttribute("mayManageRegistries", permissions.canManageRegistries(user));
        model.addAttribute("mayCreateFromFollowUp", permissions.canCreateFromFollowUp(user));
        return "cases/list";
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        model.addAttribute("details", cases.details(m, id));
        model.addAttribute("departments", departments.listDepartments(m));
        model.addAttribute("mayEdit", permissions.canEdit(user));
        return "cases/case";
    }

    @GetMapping("/{id}/documents/{documentId}/file")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id, @PathVariable long documentId) {
        permissions.requireRead(user);
        return CaseApi.file(cases.file(user.municipalityId(), id, documentId));
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        permissions.requireRegister(user);
        model.addAttribute("form", new CaseInput());
        return caseForm(user, model, null);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") CaseInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireRegister(user);
        return FormErrors.attempt(binding, () -> cases.registerCase(user.municipalityId(), form)).map(c -> {
            redirect.addFlashAttribute("flash", "cases.created");
            return "redirect:/cases/" + c.id();
        }).orElseGet(() -> caseForm(user, model, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireEdit(user);
        CaseInfo c = cases.findCase(user.municipalityId(), id);
        CaseInput form = new CaseInput();
        form.setRegistryId(c.registryId());
        form.setYear(c.year());
        form.setSerial(c.serial());
        form.setTitle(c.title());
        form.setClassification(c.classification());
        form.setDepartmentId(c.departmentId());
        form.setOfficer(c.officer());
        form.setVersion(c.version());
        model.addAttribute("form", form);
        return caseForm(user, model, c);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") CaseInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        CaseInfo c = cases.findCase(user.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> cases.updateCase(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/cases/" + id;
        }
        return caseForm(user, model, c);
    }

    @PostMapping("/{id}/status")
    String status(CurrentUser user, @PathVariable long id, @RequestParam CaseStatus status, @RequestParam long version,
                  RedirectAttributes redirect) {
        permissions.requireEdit(user);
        cases.changeStatus(user.municipalityId(), id, version, status);
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/{id}/documents/new")
    String documentForm(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireEdit(user);
        model.addAttribute("form", new DocumentInput());
        return documentView(user, model, id);
    }

    @PostMapping("/{id}/documents")
    String addDocument(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") DocumentInput form,
                       BindingResult binding, Model model, RedirectAttributes redirect) throws IOException {
        permissions.requireEdit(user);
        cases.findCase(user.municipalityId(), id);
        byte[] bytes = form.fileBytes();
        if (FormErrors.succeeds(binding, () -> cases.addDocument(user.municipalityId(), id, form, form.fileName(), bytes))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/cases/" + id;
        }
        return documentView(user, model, id);
    }

    @GetMapping("/from-follow-up")
    String fromFollowUpForm(CurrentUser user, @RequestParam(required = false) Long followUpId, Model model) {
        permissions.requireCreateFromFollowUp(user);
        FromFollowUpInput form = new FromFollowUpInput();
        form.setFollowUpId(followUpId);
        model.addAttribute("form", form);
        return fromFollowUpView(user, model);
    }

    @PostMapping("/from-follow-up")
    String fromFollowUp(CurrentUser user, @Valid @ModelAttribute("form") FromFollowUpInput form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireCreateFromFollowUp(user);
        return FormErrors.attempt(binding, () -> fromFollowUps.createCaseFromFollowUp(user.municipalityId(), form)).map(d -> {
            redirect.addFlashAttribute("flash", "cases.created");
            return "redirect:/cases/" + d.caseInfo().id();
        }).orElseGet(() -> fromFollowUpView(user, model));
    }

    private String caseForm(CurrentUser user, Model model, CaseInfo editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("registries", registries.listRegistries(user.municipalityId()));
        model.addAttribute("departments", departments.listDepartments(user.municipalityId()));
        return "cases/form";
    }

    private String documentView(CurrentUser user, Model model, long id) {
        model.addAttribute("caseInfo", cases.findCase(user.municipalityId(), id));
        model.addAttribute("reports", cases.documents(user.municipalityId(), id).stream()
                .filter(d -> d.kind() == DocumentKind.OFFICIAL_REPORT).toList());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("departments", departments.listDepartments(user.municipalityId()));
        return "cases/document-form";
    }

    private String fromFollowUpView(CurrentUser user, Model model) {
        model.addAttribute("followUps", fromFollowUps.approvedFollowUps(user.municipalityId()));
        model.addAttribute("registries", registries.listRegistries(user.municipalityId()));
        model.addAttribute("departments", departments.listDepartments(user.municipalityId()));
        return "cases/from-follow-up";
    }
}
