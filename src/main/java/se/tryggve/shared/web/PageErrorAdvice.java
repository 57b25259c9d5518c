package se.tryggve.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages: a save that lost a race on a unique name (two users creating the same party at once) is
 * a 409 page with a Swedish explanation, not a 500; the transaction has rolled back. A business rule that a
 * page's controller does not turn into a form message itself (e.g. an address naming a period that does not
 * exist, {@code /est/2025-xyz}) is a 400 page with the rule's message, not a 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final org.springframework.context.MessageSource messages;

    PageErrorAdvice(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(se.tryggve.shared.RuleViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String ruleViolation(se.tryggve.shared.RuleViolationException e, Model model, java.util.Locale locale) {
        model.addAttribute("status", 400);
        model.addAttribute("detail", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        return "error";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }
}
