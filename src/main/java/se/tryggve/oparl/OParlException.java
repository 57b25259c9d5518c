package se.tryggve.oparl;

/**
 * An OParl request that cannot be answered: 400 (a malformed parameter) or 404 (no such object).
 * Answered by {@link OParlErrors} in OParl's own error format, never as Spring's error page.
 */
class OParlException extends RuntimeException {

    private final int status;
    private final String debug;

    OParlException(int status, String message, String debug) {
        super(message);
        this.status = status;
        this.debug = debug;
    }

    static OParlException notFound(String what) {
        return new OParlException(404, "Objektet finns inte.", "No OParl object at " + what);
    }

    static OParlException badParameter(String name, String value, String expected) {
        return new OParlException(400, "Ogiltig parameter " + name + ".",
                "Parameter " + name + " = '" + abbreviate(value) + "': " + expected);
    }

    int status() {
        return status;
    }

    String debug() {
        return debug;
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
