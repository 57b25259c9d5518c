package se.tryggve.open311;

import org.springframework.http.HttpStatus;

/**
 * A request GeoReport v2 refuses: 400 missing or invalid argument, 403 bad or missing api_key, 404
 * unknown service, request or token. Answered as the specification's error list by {@link Open311Errors}.
 */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    Open311Exception(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
