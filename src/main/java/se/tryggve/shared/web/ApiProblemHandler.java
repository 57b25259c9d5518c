package se.tryggve.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;

/**
 * Answers every error of the JSON API ({@code /api/**}) as an RFC 7807 problem
 * ({@code application/problem+json}): 400 for bad input with the fields in {@code errors},
 * 404 for unknown or foreign ids, 409/412 for stale versions. Never a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    public ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), null, request);
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> stale(RuntimeException e, WebRequest request) {
        HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null
                ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        String detail = e instanceof StaleVersionException ? e.getMessage()
                : "Objektet har ändrats av någon annan; läs in det igen";
        return problem(status, "stale-version", detail, null, request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> rule(RuleViolationException e, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field() == null ? "object" : e.field(), text);
        return problem(HttpStatus.BAD_REQUEST, "invalid", text, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(fe.getField(), messages.getMessage(fe, locale));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.putIfAbsent(ge.getObjectName(), messages.getMessage(ge, locale)));
        return problem(HttpStatus.BAD_REQUEST, "invalid", "Uppgifterna är ogiltiga", errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid", "Uppgifterna är ogiltiga", null, request);
    }

    /** Two requests raced for the same unique name: the loser gets 409, nothing half-written. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(RuntimeException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", "Uppgiften krockar med en befintlig uppgift", null, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegal(IllegalArgumentException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid", "Ogiltig begäran", null, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String detail,
            Map<String, String> errors, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("https://tryggve.se/problem/" + type));
        body.setTitle(status.getReasonPhrase());
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return handleExceptionInternal(new RuntimeException(detail), body, new HttpHeaders(), status, request);
    }
}
