package se.tryggve.meetings;

import java.time.LocalDate;

/** A meeting in a list. */
public record MeetingSummary(long id, long bodyId, String bodyName, LocalDate meetingDate, String place,
                             MeetingStatus status, long version) {
}
