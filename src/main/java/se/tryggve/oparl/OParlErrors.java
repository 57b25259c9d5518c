package se.tryggve.oparl;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the OParl API in the specification's format (OParl 1.1, "Fehlerbehandlung"):
 * {@code {"type": "https://schema.oparl.org/1.1/Error", "message": …, "debug": …}} with the HTTP
 * status, limited to {@link OParlApi} so the rest of the application keeps its RFC 7807 problems.
 */
@RestControllerAdvice(assignableTypes = OParlApi.class)
class OParlErrors {

    private static final Logger log = LoggerFactory.getLogger(OParlErrors.class);

    @ExceptionHandler(OParlException.class)
    ResponseEntity<byte[]> oparl(OParlException e) {
        if (e.status() == 405) {
            return ResponseEntity.status(405).header("Allow", "GET, HEAD, OPTIONS").contentType(OParlJson.MEDIA_TYPE)
                    .header("Access-Control-Allow-Origin", "*")
                    .body(OParlJson.write(java.util.Map.of("type", OParlType.PREFIX + "Error", "message", e.getMessage(),
                            "debug", e.debug())));
        }
        return answer(e.status(), e.getMessage(), e.debug());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> other(Exception e) {
        if (se.tryggve.shared.DatabaseOutage.is(e)) {
            // temporary (PostgreSQL restarting): 503 with Retry-After in the OParl error format (issue 8)
            log.warn("OParl request: database unavailable, answered 503");
            ResponseEntity<byte[]> answer = answer(503, "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.",
                    "Database unavailable");
            return ResponseEntity.status(503).headers(answer.getHeaders())
                    .header("Retry-After", String.valueOf(se.tryggve.shared.DatabaseOutage.RETRY_AFTER_SECONDS)).body(answer.getBody());
        }
        log.error("OParl request failed", e);
        return answer(500, "Ett internt fel inträffade.", "Internal error");
    }

    static ResponseEntity<byte[]> answer(int status, String message, String debug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", OParlType.PREFIX + "Error");
        body.put("message", message);
        body.put("debug", debug);
        return ResponseEntity.status(status).contentType(OParlJson.MEDIA_TYPE)
                .header("Access-Control-Allow-Origin", "*").body(OParlJson.write(body));
    }
}
