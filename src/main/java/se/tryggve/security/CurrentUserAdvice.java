package se.tryggve.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user in every page's model for the layout (name, roles for the menu). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.orNull();
    }
}
