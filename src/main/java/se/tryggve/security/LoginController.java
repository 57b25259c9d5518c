package se.tryggve.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final OidcLoginConfigurer oidc;

    LoginController(OidcLoginConfigurer oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcLoginUrl", oidc.loginUrl());
        return "security/login";
    }

    /**
     * Reached only when the OIDC filter did not start a login: OIDC is off or the provider cannot be
     * reached. Back to the login page with a message instead of an error page.
     */
    @GetMapping(OidcLoginConfigurer.AUTHORIZATION_BASE + "/" + OidcSettings.REGISTRATION_ID)
    String oidcUnavailable() {
        return "redirect:/login?oidcUnavailable";
    }
}
