package se.tryggve.governance;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Pages of governing documents: list, overview, edit, adopt, expire, copy, and their areas. */
@Controller
class ProgrammePages {

    private final Governance governance;
    private final GovernanceQueries queries;
    private final GovernancePermissions permissions;

    ProgrammePages(Governance governance, GovernanceQueries queries, GovernancePermissions permissions) {
        this.governance = governance;
        this.queries = queries;
        this.permissions = permissions;
    }

    @GetMapping("/programmes")
    String list(CurrentUser me, Model model) {
        permissions.requireRead(me);
        model.addAttribute("form", new Forms.DocumentForm());
        return listView(me, model);
    }

    @PostMapping("/programmes")
    String create(CurrentUser me, @Validated @ModelAttribute("form") Forms.DocumentForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        Optional<GoverningDocument> d = FormErrors.attempt(binding,
                () -> governance.createDocument(me.municipalityId(), form.toData()));
        if (d.isPresent()) {
            redirect.addFlashAttribute("flash", "governance.created");
            return "redirect:/programmes/" + d.get().id();
        }
        return listView(me, model);
    }

    private String listView(CurrentUser me, Model model) {
        model.addAttribute("documents", queries.listDocuments(me.municipalityId()));
        model.addAttribute("canEdit", permissions.canEditDocuments(me));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("perspectives", Perspective.values());
        return "governance/programmes";
    }

    @GetMapping("/programmes/{id}")
    String overview(CurrentUser me, @PathVariable long id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        permissions.requireRead(me);
        model.addAttribute("base", request.getContextPath());
        model.addAttribute("overview", queries.overview(me.municipalityId(), id));
        model.addAttribute("canEdit", permissions.canEditDocuments(me));
        model.addAttribute("canAddActivity", permissions.canCreateSomeActivity(me));
        return "governance/programme";
    }

    @GetMapping("/programmes/{id}/edit")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        model.addAttribute("form", Forms.DocumentForm.of(d));
        return editView(d, model);
    }

    @PostMapping("/programmes/{id}/edit")
    String edit(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.DocumentForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> governance.updateDocument(me.municipalityId(), id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + id;
        }
        return editView(d, model);
    }

    private String editView(GoverningDocument d, Model model) {
        model.addAttribute("document", d);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("perspectives", Perspective.values());
        return "governance/document-form";
    }

    @GetMapping("/programmes/{id}/adopt")
    String adoptForm(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        model.addAttribute("document", queries.document(me.municipalityId(), id));
        model.addAttribute("form", new Forms.DecisionForm());
        return "governance/adopt";
    }

    @PostMapping("/programmes/{id}/adopt")
    String adopt(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.DecisionForm form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> governance.adoptDocument(me.municipalityId(), id, form.toDecision()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + id;
        }
        model.addAttribute("document", d);
        return "governance/adopt";
    }

    @PostMapping("/programmes/{id}/expire")
    String expire(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        governance.expireDocument(me.municipalityId(), id);
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/programmes/{id}/copy")
    String copyForm(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        Forms.CopyForm form = new Forms.CopyForm();
        if (d.period().to() != null) {
            form.setValidFrom(d.period().to().plusDays(1));
        }
        model.addAttribute("form", form);
        model.addAttribute("document", d);
        return "governance/copy";
    }

    @PostMapping("/programmes/{id}/copy")
    String copy(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.CopyForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        Optional<GoverningDocument> copy = FormErrors.attempt(binding,
                () -> governance.copyProgrammeToNewPeriod(me.municipalityId(), id, form.getValidFrom(),
                        form.getValidTo(), form.getTitle()));
        if (copy.isPresent()) {
            redirect.addFlashAttribute("flash", "governance.created");
            return "redirect:/programmes/" + copy.get().id();
        }
        model.addAttribute("document", d);
        return "governance/copy";
    }

    // ---------------------------------------------------------------- areas

    @GetMapping("/programmes/{id}/areas/new")
    String newArea(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        model.addAttribute("document", queries.document(me.municipalityId(), id));
        model.addAttribute("form", new Forms.AreaForm());
        return "governance/area-form";
    }

    @PostMapping("/programmes/{id}/areas/new")
    String addArea(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.AreaForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        GoverningDocument d = queries.document(me.municipalityId(), id);
        if (FormErrors.succeeds(binding, () -> governance.addArea(me.municipalityId(), id, form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + id;
        }
        model.addAttribute("document", d);
        return "governance/area-form";
    }

    @GetMapping("/areas/{id}/edit")
    String editArea(CurrentUser me, @PathVariable long id, Model model) {
        permissions.requireEditDocuments(me);
        Area a = queries.area(me.municipalityId(), id);
        model.addAttribute("document", queries.document(me.municipalityId(), a.documentId()));
        model.addAttribute("area", a);
        model.addAttribute("form", Forms.AreaForm.of(a));
        return "governance/area-form";
    }

    @PostMapping("/areas/{id}/edit")
    String updateArea(CurrentUser me, @PathVariable long id, @Validated @ModelAttribute("form") Forms.AreaForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEditDocuments(me);
        Area a = queries.area(me.municipalityId(), id);
        if (FormErrors.succeeds(binding,
                () -> governance.updateArea(me.municipalityId(), id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/programmes/" + a.documentId();
        }
        model.addAttribute("document", queries.document(me.municipalityId(), a.documentId()));
        model.addAttribute("area", a);
        return "governance/area-form";
    }

    @PostMapping("/areas/{id}/move-up")
    String moveUp(CurrentUser me, @PathVariable long id) {
        permissions.requireEditDocuments(me);
        Area a = queries.area(me.municipalityId(), id);
        governance.moveAreaUp(me.municipalityId(), id);
        return "redirect:/programmes/" + a.documentId() + "#area-" + id;
    }

    @PostMapping("/areas/{id}/move-down")
    String moveDown(CurrentUser me, @PathVariable long id) {
        permissions.requireEditDocuments(me);
        Area a = queries.area(me.municipalityId(), id);
        governance.moveAreaDown(me.municipalityId(), id);
        return "redirect:/programmes/" + a.documentId() + "#area-" + id;
    }
}
