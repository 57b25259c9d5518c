package se.tryggve.prevention;

/**
 * One reporting unit's figures for a year: the municipality as a whole ({@code departmentId} null) or
 * one department. Only counts (null = not reported) and a narrative — see the migration V7_80 for why
 * there is nothing about any person.
 */
public record PreventionEntry(long id, int year, Long departmentId, String departmentName, Integer trainings,
                              Integer trainingParticipants, Integer coordinationMeetings, Integer consultations,
                              Integer concernsHandled, String narrative, long version) {
}
