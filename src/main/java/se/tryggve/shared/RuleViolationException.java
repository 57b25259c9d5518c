package se.tryggve.shared;

/**
 * A business rule refused the request (an aggregate guarding its state, a contradictory
 * membership, a period that ends before it starts). Carries a message key for the bundles and an
 * optional field name, so forms can show the message beside the field and the API can answer 400.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public RuleViolationException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the rule concerns, or null for the whole object. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
