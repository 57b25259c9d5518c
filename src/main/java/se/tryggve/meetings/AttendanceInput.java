package se.tryggve.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One person present. Members and substitutes are people of the register; others may be named only. */
public record AttendanceInput(
        @NotNull(message = "{meetings.attendance.kind.required}") AttendanceKind kind,
        Long personId,
        @Size(max = 200) String name,
        @Size(max = 200) String title,
        Long replacesPersonId,
        Boolean adjuster,
        @Size(max = 300) String presenceNote) {

    public boolean isAdjuster() {
        return Boolean.TRUE.equals(adjuster);
    }
}
