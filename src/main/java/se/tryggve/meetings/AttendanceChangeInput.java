package se.tryggve.meetings;

import jakarta.validation.constraints.NotNull;

/** A change of attendance: who, for whom (a substitute), and from which paragraph it applies. */
public record AttendanceChangeInput(
        @NotNull(message = "{meetings.change.kind.required}") AttendanceChangeKind kind,
        @NotNull(message = "{meetings.change.person.required}") Long personId,
        Long replacesPersonId,
        @NotNull(message = "{meetings.change.paragraph.required}") Long fromParagraphId) {
}
