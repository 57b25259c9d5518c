package se.tryggve.open311;

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

/**
 * Pages under {@code /admin/open311}: the api keys (create — the key is shown once — and revoke) and an
 * overview of the services with their attributes as clients see them.
 */
@Controller
@RequestMapping("/admin/open311")
class Open311AdminPages {

    private final ApiKeys keys;
    private final ServiceDefinitions services;
    private final Open311Permissions permissions;

    Open311AdminPages(ApiKeys keys, ServiceDefinitions services, Open311Permissions permissions) {
        this.keys = keys;
        this.services = services;
        this.permissions = permissions;
    }

    @GetMapping
    String keys(CurrentUser user, Model model) {
        permissions.requireManageKeys(user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ApiKeyInput());
        }
        model.addAttribute("items", keys.listKeys(user.municipalityId()));
        return "open311/keys";
    }

    @PostMapping("/keys")
    String create(CurrentUser user, @Valid @ModelAttribute("form") ApiKeyInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireManageKeys(user);
        Optional<NewApiKey> created = FormErrors.attempt(binding, () -> keys.createKey(user.municipalityId(), form));
        if (created.isPresent()) {
            // shown on the next page only (a flash attribute lives for one request), never stored
            redirect.addFlashAttribute("newKey", created.get());
            return "redirect:/admin/open311";
        }
        model.addAttribute("items", keys.listKeys(user.municipalityId()));
        return "open311/keys";
    }

    @PostMapping("/keys/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        permissions.requireManageKeys(user);
        keys.revokeKey(user.municipalityId(), id);
        redirect.addFlashAttribute("flash", "open311.key.revoked");
        return "redirect:/admin/open311";
    }

    @GetMapping("/services")
    String services(CurrentUser user, Model model) {
        permissions.requireConfigureServices(user);
        model.addAttribute("items", services.allDefinitions(user.municipalityId()));
        return "open311/services";
    }
    @GetMapping("/services/{code}/edit")
    String editService(CurrentUser user, @PathVariable String code, Model model) {
        permissions.requireConfigureServices(user);
        ServiceDefinition s = services.findDefinition(user.municipalityId(), code);
        model.addAttribute("service", s);
        model.addAttribute("form", ServiceForm.of(s));
        return serviceForm(model);
    }

    @PostMapping("/services/{code}")
    String configureService(CurrentUser user, @PathVariable String code, @ModelAttribute("form") ServiceForm form,
                            BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireConfigureServices(user);
        ServiceDefinition s = services.findDefinition(user.municipalityId(), code);
        try {
            services.configureService(user.municipalityId(), code, form.input());
            redirect.addFlashAttribute("flash", "open311.service.saved");
            return "redirect:/admin/open311/services";
        } catch (se.tryggve.shared.RuleViolationException e) {
            // the use case names the n-th filled row; the form's row may have another index
            String field = formField(form, e.field());
            if (field == null) {
                binding.reject(e.messageKey(), e.args(), e.messageKey());
            } else {
                binding.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
            }
        }
        form.padRows();
        model.addAttribute("service", s);
        return serviceForm(model);
    }

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("attributes\\[(\\d+)\\](\\..+)");

    static String formField(ServiceForm form, String field) {
        if (field == null) {
            return null;
        }
        java.util.regex.Matcher m = ROW.matcher(field);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            java.util.List<Integer> filled = form.filledRows();
            if (n < filled.size()) {
                return "attributes[" + filled.get(n) + "]" + m.group(2);
            }
        }
        return field;
    }

    private String serviceForm(Model model) {
        model.addAttribute("types", ServiceDefinition.TYPES);
        model.addAttribute("datatypes", ServiceAttribute.Datatype.values());
        return "open311/service-edit";
    }
}
