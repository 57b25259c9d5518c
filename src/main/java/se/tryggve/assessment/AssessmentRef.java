package se.tryggve.assessment;

import java.time.LocalDate;

import se.tryggve.shared.Period;

/** A lägesbild as other modules see it; adoptedOn is null until the deciding body has adopted it. */
public record AssessmentRef(long id, String title, Period period, int version, AssessmentStatus status, LocalDate adoptedOn) {
}
