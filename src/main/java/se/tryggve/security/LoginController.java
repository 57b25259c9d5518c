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
     * The login page answered 429 when an address has failed to log in too often ({@link LoginThrottle} forwards
     * here); the status it set stays.
     */
    @org.springframework.web.bind.annotation.RequestMapping(LoginThrottle.TOO_MANY_PATH)
    String tooManyAttempts(Model model, jakarta.servlet.http.HttpServletRequest request,
                           jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS.value());
        Object wait = request.getAttribute("retryAfterSeconds");
        model.addAttribute("tooMany", true);
        model.addAttribute("retryAfterSeconds", wait == null ? 60 : wait);
        return login(model);
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
