package se.tryggve.assessment;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.cases.Registries;
import se.tryggve.incidents.Districts;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/**
 * Pages of the lägesbild: the list with a new draft, one lägesbild as the document with its figures and the
 * decision steps, one page per section to write its text and its items (information, problems and causes,
 * sources, reference figures), and the municipality's settings.
 */
@Controller
@RequestMapping("/assessments")
class AssessmentPages {

    private final Assessments assessments;
    private final AssessmentKoladaFigures koladaFigures;
    private final AssessmentDecisions decisions;
    private final AssessmentDocument document;
    private final AssessmentPermissions permissions;
    private final Registries registries;
    private final DepartmentDirectory departments;
    private final Districts districts;
    private final Bodies bodies;

    AssessmentPages(Assessments assessments, AssessmentDecisions decisions, AssessmentDocument document,
                    AssessmentPermissions permissions, Registries registries, DepartmentDirectory departments,
                    Districts districts, Bodies bodies, AssessmentKoladaFigures koladaFigures) {
        this.koladaFigures = koladaFigures;
        this.assessments = assessments;
        this.decisions = decisions;
        this.document = document;
        this.permissions = permissions;
        this.registries = registries;
        this.departments = departments;
        this.districts = districts;
        this.bodies = bodies;
    }

    // ---------------------------------------------------------------- list and header

    @GetMapping
    String list(CurrentUser user, Model model) {
        permissions.requireRead(user);
        return listView(user, model, new AssessmentInputs.Header());
    }

    private String listView(CurrentUser user, Model model, AssessmentInputs.Header form) {
        model.addAttribute("items", assessments.listAssessments(user.municipalityId()));
        model.addAttribute("mayEdit", permissions.canEdit(user));
        model.addAttribute("settings", assessments.settingsOf(user.municipalityId()));
        model.addAttribute("w", new se.tryggve.shared.SwedishDates());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "assessment/list";
    }

    @PostMapping
    String create(CurrentUser user, @ModelAttribute("form") AssessmentInputs.Header form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireEdit(user);
        return FormErrors.attempt(binding, () -> assessments.createAssessment(user.municipalityId(), form)).map(a -> {
            redirect.addFlashAttribute("flash", "assessment.created");
            return "redirect:/assessments/" + a.id();
        }).orElseGet(() -> listView(user, model, form));
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireRead(user);
        return showView(user, id, model);
    }

    private String showView(CurrentUser user, long id, Model model) {
        long m = user.municipalityId();
        Map<String, Object> doc = document.model(m, id, false);
        model.addAllAttributes(doc);
        AssessmentInfo a = (AssessmentInfo) doc.get("a");
        model.addAttribute("mayEdit", permissions.canEdit(user));
        model.addAttribute("registries", registries.listRegistries(m));
        model.addAttribute("departments", departments.listDepartments(m));
        model.addAttribute("sectionKinds", SectionKind.values());
        model.addAttribute("versions", assessments.listAssessments(m).stream()
                .filter(v -> sameDocument(m, v, a)).toList());
        if (!model.containsAttribute("header")) {
            AssessmentInputs.Header h = new AssessmentInputs.Header();
            h.setTitle(a.title());
            h.setPeriodFrom(a.periodFrom());
            h.setPeriodTo(a.periodTo());
            h.setVersion(a.version());
            model.addAttribute("header", h);
        }
        if (!model.containsAttribute("decision")) {
            AssessmentInputs.Decision d = new AssessmentInputs.Decision();
            d.setVersion(a.version());
            model.addAttribute("decision", d);
        }
        if (!model.containsAttribute("adoption")) {
            AssessmentInputs.Adoption ad = new AssessmentInputs.Adoption();
            ad.setVersion(a.version());
            model.addAttribute("adoption", ad);
        }
        return "assessment/show";
    }

    /** Versions of the same lägesbild: the chain of previous versions and their successors. */
    private boolean sameDocument(long m, AssessmentInfo candidate, AssessmentInfo a) {
        return root(m, candidate) == root(m, a);
    }

    private long root(long m, AssessmentInfo a) {
        AssessmentInfo current = a;
        while (current.previousId() != null) {
            current = assessments.findAssessment(m, current.previousId());
        }
        return current.id();
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("header") AssessmentInputs.Header form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.updateAssessment(user.municipalityId(), id,
                form.getVersion() == null ? -1 : form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/assessments/" + id;
        }
        return showView(user, id, model);
    }

    @PostMapping("/{id}/versions")
    String newVersion(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        AssessmentInfo a = assessments.newVersion(user.municipalityId(), id);
        redirect.addFlashAttribute("flash", "assessment.versionCreated");
        return "redirect:/assessments/" + a.id();
    }

    @PostMapping("/{id}/decision")
    String sendForDecision(CurrentUser user, @PathVariable long id, @ModelAttribute("decision") AssessmentInputs.Decision form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> decisions.sendForDecision(user.municipalityId(), id, form))) {
            redirect.addFlashAttribute("flash", "assessment.sent");
            return "redirect:/assessments/" + id;
        }
        return showView(user, id, model);
    }

    @PostMapping("/{id}/adoption")
    String adopt(CurrentUser user, @PathVariable long id, @ModelAttribute("adoption") AssessmentInputs.Adoption form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.recordAdoption(user.municipalityId(), id, form.getVersion(), form))) {
            redirect.addFlashAttribute("flash", "assessment.adopted");
            return "redirect:/assessments/" + id;
        }
        return showView(user, id, model);
    }

    @GetMapping(value = "/{id}/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        AssessmentInfo a = assessments.findAssessment(user.municipalityId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(AssessmentDocument.fileName(a)).build().toString())
                .body(document.pdf(user.municipalityId(), id));
    }

    // ---------------------------------------------------------------- sections

    @GetMapping("/{id}/sections/{kind}")
    String section(CurrentUser user, @PathVariable long id, @PathVariable SectionKind kind, Model model) {
        permissions.requireEdit(user);
        return sectionView(user, id, kind, model);
    }

    private String sectionView(CurrentUser user, long id, SectionKind kind, Model model) {
        long m = user.municipalityId();
        AssessmentDetails d = assessments.details(m, id);
        model.addAttribute("doc", d);
        model.addAttribute("a", d.assessment());
        model.addAttribute("kind", kind);
        model.addAttribute("districts", districts.districts(m).stream().filter(x -> Districts.DISTRICT.equals(x.kind())).toList());
        if (!model.containsAttribute("sectionForm")) {
            AssessmentInputs.SectionText s = new AssessmentInputs.SectionText();
            s.setText(d.text(kind));
            s.setVersion(d.assessment().version());
            model.addAttribute("sectionForm", s);
        }
        model.addAttribute("informationKinds", InformationKind.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("perspectives", CausePerspective.values());
        for (String name : new String[] {"infoForm", "problemForm", "causeForm", "sourceForm", "figureForm"}) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, switch (name) {
                    case "infoForm" -> new AssessmentInputs.Information();
                    case "problemForm" -> new AssessmentInputs.Problem();
                    case "causeForm" -> new AssessmentInputs.Cause();
                    case "sourceForm" -> new AssessmentInputs.Source();
                    default -> new AssessmentInputs.ReferenceFigure();
                });
            }
        }
        return "assessment/section";
    }

    private String back(long id, SectionKind kind, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "shared.saved");
        return "redirect:/assessments/" + id + "/sections/" + kind;
    }

    @PostMapping("/{id}/sections/{kind}")
    String saveSection(CurrentUser user, @PathVariable long id, @PathVariable SectionKind kind,
                       @ModelAttribute("sectionForm") AssessmentInputs.SectionText form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.updateSection(user.municipalityId(), id, kind,
                form.getVersion() == null ? -1L : form.getVersion(), form.getText()))) {
            return back(id, kind, redirect);
        }
        return sectionView(user, id, kind, model);
    }

    @PostMapping("/{id}/information")
    String addInformation(CurrentUser user, @PathVariable long id, @ModelAttribute("infoForm") AssessmentInputs.Information form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.addInformation(user.municipalityId(), id, null, form))) {
            return back(id, SectionKind.OTHER_INFORMATION, redirect);
        }
        return sectionView(user, id, SectionKind.OTHER_INFORMATION, model);
    }

    @PostMapping("/{id}/information/{itemId}/delete")
    String deleteInformation(CurrentUser user, @PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        assessments.deleteInformation(user.municipalityId(), id, itemId, null);
        return back(id, SectionKind.OTHER_INFORMATION, redirect);
    }

    @PostMapping("/{id}/problems")
    String addProblem(CurrentUser user, @PathVariable long id, @ModelAttribute("problemForm") AssessmentInputs.Problem form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.addProblem(user.municipalityId(), id, null, form))) {
            return back(id, SectionKind.ANALYSIS, redirect);
        }
        return sectionView(user, id, SectionKind.ANALYSIS, model);
    }

    @PostMapping("/{id}/problems/{problemId}/delete")
    String deleteProblem(CurrentUser user, @PathVariable long id, @PathVariable long problemId, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        assessments.deleteProblem(user.municipalityId(), id, problemId, null);
        return back(id, SectionKind.ANALYSIS, redirect);
    }

    @PostMapping("/{id}/problems/{problemId}/causes")
    String addCause(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
                    @ModelAttribute("causeForm") AssessmentInputs.Cause form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.addCause(user.municipalityId(), id, problemId, null, form))) {
            return back(id, SectionKind.ANALYSIS, redirect);
        }
        model.addAttribute("causeProblemId", problemId);
        return sectionView(user, id, SectionKind.ANALYSIS, model);
    }

    @PostMapping("/{id}/causes/{causeId}/delete")
    String deleteCause(CurrentUser user, @PathVariable long id, @PathVariable long causeId, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        assessments.deleteCause(user.municipalityId(), id, causeId, null);
        return back(id, SectionKind.ANALYSIS, redirect);
    }

    @PostMapping("/{id}/sources")
    String addSource(CurrentUser user, @PathVariable long id, @ModelAttribute("sourceForm") AssessmentInputs.Source form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.addSource(user.municipalityId(), id, null, form))) {
            return back(id, SectionKind.SOURCES, redirect);
        }
        return sectionView(user, id, SectionKind.SOURCES, model);
    }

    @PostMapping("/{id}/sources/{sourceId}/delete")
    String deleteSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        assessments.deleteSource(user.municipalityId(), id, sourceId, null);
        return back(id, SectionKind.SOURCES, redirect);
    }

    @PostMapping("/{id}/reference-figures")
    String addFigure(CurrentUser user, @PathVariable long id, @ModelAttribute("figureForm") AssessmentInputs.ReferenceFigure form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.addReferenceFigure(user.municipalityId(), id, null, form))) {
            return back(id, SectionKind.MAPPING, redirect);
        }
        return sectionView(user, id, SectionKind.MAPPING, model);
    }

    @PostMapping("/{id}/reference-figures/kolada")
    String copyKoladaFigures(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        int added = koladaFigures.copyKoladaFigures(user.municipalityId(), id);
        redirect.addFlashAttribute("koladaAdded", added);
        return back(id, SectionKind.MAPPING, redirect);
    }

    @PostMapping("/{id}/reference-figures/{figureId}/delete")
    String deleteFigure(CurrentUser user, @PathVariable long id, @PathVariable long figureId, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        assessments.deleteReferenceFigure(user.municipalityId(), id, figureId, null);
        return back(id, SectionKind.MAPPING, redirect);
    }

    // ---------------------------------------------------------------- settings

    @GetMapping("/settings")
    String settings(CurrentUser user, Model model) {
        permissions.requireEdit(user);
        AssessmentSettings.Values v = assessments.settingsOf(user.municipalityId());
        AssessmentInputs.Settings form = new AssessmentInputs.Settings();
        form.setDecidingBodyId(v.decidingBodyId());
        form.setRevisionMonths(v.revisionMonths());
        form.setReminderDaysBefore(v.reminderDaysBefore());
        model.addAttribute("form", form);
        return settingsView(user, model);
    }

    private String settingsView(CurrentUser user, Model model) {
        model.addAttribute("bodies", bodies.listBodies(user.municipalityId()));
        return "assessment/settings";
    }

    @PostMapping("/settings")
    String saveSettings(CurrentUser user, @ModelAttribute("form") AssessmentInputs.Settings form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireEdit(user);
        if (FormErrors.succeeds(binding, () -> assessments.updateSettings(user.municipalityId(), form))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/assessments";
        }
        return settingsView(user, model);
    }

}
