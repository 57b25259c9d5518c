package se.tryggve.incidents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/** Settings pages of the register: categories and the district import. */
@Controller
@RequestMapping("/incidents")
class IncidentSettingsPages {

    /** A district file larger than this is refused; a municipality's districts fit in far less. */
    static final int MAX_GEOJSON_BYTES = 20 * 1024 * 1024;

    private final IncidentCategories categories;
    private final IncidentDirectory directory;
    private final Districts districts;
    private final IncidentPermissions permissions;

    IncidentSettingsPages(IncidentCategories categories, IncidentDirectory directory, Districts districts,
                          IncidentPermissions permissions) {
        this.categories = categories;
        this.directory = directory;
        this.districts = districts;
        this.permissions = permissions;
    }

    @GetMapping("/categories")
    String categories(CurrentUser user, Model model) {
        permissions.requireRead(user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IncidentForms.CategoryForm());
        }
        return categoriesView(user, model);
    }

    private String categoriesView(CurrentUser user, Model model) {
        model.addAttribute("items", directory.categories(user.municipalityId()));
        model.addAttribute("guidelines", CategoryInfo.Guideline.values());
        model.addAttribute("mayConfigure", permissions.canConfigure(user));
        return "incidents/categories";
    }

    @PostMapping("/categories")
    String createCategory(CurrentUser user, @ModelAttribute("form") IncidentForms.CategoryForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        permissions.requireConfigure(user);
        if (FormErrors.succeeds(binding, () -> categories.createCategory(user.municipalityId(), form.input()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/incidents/categories";
        }
        return categoriesView(user, model);
    }

    @GetMapping("/categories/{id}")
    String editCategory(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireConfigure(user);
        long m = user.municipalityId();
        CategoryInfo c = directory.findCategory(m, id).orElseThrow(() -> new NotFoundException("IncidentCategory", id));
        IncidentForms.CategoryForm f = new IncidentForms.CategoryForm();
        f.setVersion(categories.version(m, id));
        f.setCode(c.code());
        f.setName(c.name());
        f.setDescription(c.description());
        f.setGuideline(c.guideline());
        f.setOffensive(c.offensive());
        f.setActive(c.active());
        f.setSortOrder(null);
        model.addAttribute("form", f);
        model.addAttribute("category", c);
        model.addAttribute("guidelines", CategoryInfo.Guideline.values());
        return "incidents/category";
    }

    @PostMapping("/categories/{id}")
    String updateCategory(CurrentUser user, @PathVariable long id, @ModelAttribute("form") IncidentForms.CategoryForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireConfigure(user);
        long m = user.municipalityId();
        CategoryInfo c = directory.findCategory(m, id).orElseThrow(() -> new NotFoundException("IncidentCategory", id));
        if (FormErrors.succeeds(binding, () -> categories.updateCategory(m, id, form.getVersion() == null ? -1 : form.getVersion(),
                form.input()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/incidents/categories";
        }
        model.addAttribute("category", c);
        model.addAttribute("guidelines", CategoryInfo.Guideline.values());
        return "incidents/category";
    }

    @GetMapping("/districts")
    String districts(CurrentUser user, Model model) {
        permissions.requireRead(user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IncidentForms.DistrictImportForm());
        }
        return districtsView(user, model);
    }

    private String districtsView(CurrentUser user, Model model) {
        model.addAttribute("items", districts.districts(user.municipalityId()));
        model.addAttribute("mayConfigure", permissions.canConfigure(user));
        return "incidents/districts";
    }

    @PostMapping("/districts")
    String importDistricts(CurrentUser user, @ModelAttribute("form") IncidentForms.DistrictImportForm form, BindingResult binding,
                           Model model, RedirectAttributes redirect) {
        permissions.requireConfigure(user);
        var result = FormErrors.attempt(binding, () -> {
            if (form.getFile() == null || form.getFile().isEmpty()) {
                throw new RuleViolationException("file", "incidents.geojson.empty");
            }
            if (form.getFile().getSize() > MAX_GEOJSON_BYTES) {
                throw new RuleViolationException("file", "incidents.geojson.tooLarge", MAX_GEOJSON_BYTES / (1024 * 1024));
            }
            try {
                return districts.importDistricts(user.municipalityId(), form.getKind(),
                        new String(form.getFile().getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleViolationException("file", "incidents.geojson.invalid");
            }
        });
        if (result.isPresent()) {
            redirect.addFlashAttribute("imported", result.get());
            return "redirect:/incidents/districts";
        }
        return districtsView(user, model);
    }
}
