package se.tryggve.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The header of a meeting. Times as HH:MM. */
public record MeetingInput(
        @NotNull(message = "{meetings.body.required}") Long bodyId,
        @NotNull(message = "{meetings.date.required}") LocalDate meetingDate,
        @Pattern(regexp = "^$|^([01]\\d|2[0-3])[:.][0-5]\\d$", message = "{meetings.time.invalid}") String startTime,
        @Pattern(regexp = "^$|^([01]\\d|2[0-3])[:.][0-5]\\d$", message = "{meetings.time.invalid}") String endTime,
        @Size(max = 300) String place,
        Long chairPersonId,
        @Size(max = 200) String secretaryName,
        LocalDate adjustmentDate,
        @Size(max = 300) String adjustmentPlace,
        Long version) {
}
