package se.tryggve.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Facts every page's layout needs: whether this is the demo installation. */
@ControllerAdvice
class LayoutAdvice {

    private final boolean demo;

    LayoutAdvice(@Value("${tryggve.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @ModelAttribute("demoInstallation")
    boolean demoInstallation() {
        return demo;
    }
}
