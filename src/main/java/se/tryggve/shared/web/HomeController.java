package se.tryggve.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login leads to the programmes, the heart of the daily work. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/programmes";
    }
}
