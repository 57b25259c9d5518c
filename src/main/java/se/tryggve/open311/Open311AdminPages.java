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
}
