package se.tryggve.actionplan;

/** What a measure links to: a prioritised problem, one of its causes (both of the lägesbild), or an indicator. */
public enum LinkType {
    PROBLEM, CAUSE, INDICATOR;

    /** The path segment of the API ({@code problems}, {@code causes}, {@code indicators}). */
    public static LinkType ofSegment(String segment) {
        return switch (segment) {
            case "problems" -> PROBLEM;
            case "causes" -> CAUSE;
            case "indicators" -> INDICATOR;
            default -> throw new se.tryggve.shared.RuleViolationException("type", "actionplan.link.typeInvalid");
        };
    }
}
