package se.tryggve.open311;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;

/**
 * Errors of the Open311 endpoint as GeoReport v2 lists them, in the format the path asks for: HTTP
 * 400, 403 or 404 with {@code [{"code":…,"description":…}]} or
 * {@code <errors><error><code/><description/></error></errors>}. Limited to {@link Open311Api}, so the
 * rest of Tryggve keeps its RFC 7807 problems. Every refusal happens before or inside the one
 * transaction of a POST, so nothing of a refused request is stored.
 */
@RestControllerAdvice(assignableTypes = Open311Api.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final MessageSource messages;

    Open311Errors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
        return answer(request, e.status(), text(e.messageKey(), e.args()));
    }

    /** A rule of the incidents module (e.g. the position outside the municipality, an inactive category). */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<byte[]> rule(RuleViolationException e, HttpServletRequest request) {
        String field = e.field() == null ? null : switch (e.field()) {
            case "position" -> "lat/long";
            case "categoryCode" -> "service_code";
            default -> e.field();
        };
        String text = text(e.messageKey(), e.args());
        return answer(request, HttpStatus.BAD_REQUEST, field == null ? text : field + ": " + text);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<byte[]> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("open311.error.parameter.missing", e.getParameterName()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<byte[]> illegal(IllegalArgumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("open311.error.invalid"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        if (se.tryggve.shared.DatabaseOutage.is(e)) {
            // the database is restarting or unreachable: temporary, the client may send the report again (issue 8)
            log.warn("Open311 request {} {}: database unavailable, answered 503", request.getMethod(), request.getRequestURI());
            ResponseEntity<byte[]> answer = answer(request, HttpStatus.SERVICE_UNAVAILABLE, text("open311.error.unavailable"));
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header("Retry-After", String.valueOf(se.tryggve.shared.DatabaseOutage.RETRY_AFTER_SECONDS)).body(answer.getBody());
        }
        log.error("Open311 request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, text("open311.error.internal"));
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, HttpStatus status, String description) {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/requests.")) {
            // a report that was not taken: refused for the client's fault (4xx) or our error (5xx)
            se.tryggve.shared.OperationalMetrics.open311Request(status.is5xxServerError() ? "error" : "refused");
        }
        return Open311Format.ofPath(request.getRequestURI()).errors(status, List.of(description));
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
