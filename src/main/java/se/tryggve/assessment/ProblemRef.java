package se.tryggve.assessment;

import java.util.List;

/** A prioritised problem of a lägesbild's analysis with its causes, for other modules. */
public record ProblemRef(long id, long assessmentId, int priority, String title, List<CauseRef> causes) {

    public ProblemRef {
        causes = List.copyOf(causes);
    }
}
