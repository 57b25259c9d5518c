package se.tryggve.prevention;

import java.util.List;

/**
 * A year's figures of the whole municipality (all reporting units added up) as they may be published:
 * every count through {@link PublishedCount}, and the units' narratives. The shape of the open-data
 * output and of the report section.
 */
public record PublishedYear(int year, PublishedCount trainings, PublishedCount trainingParticipants,
                            PublishedCount coordinationMeetings, PublishedCount consultations,
                            PublishedCount concernsHandled, List<Narrative> narratives) {

    public PublishedYear {
        narratives = List.copyOf(narratives);
    }

    /** A unit's narrative; {@code unit} is the department's name, null for the municipality as a whole. */
    public record Narrative(String unit, String text) {
    }

    public PublishedCount count(Measure measure) {
        return switch (measure) {
            case TRAININGS -> trainings;
            case TRAINING_PARTICIPANTS -> trainingParticipants;
            case COORDINATION_MEETINGS -> coordinationMeetings;
            case CONSULTATIONS -> consultations;
            case CONCERNS_HANDLED -> concernsHandled;
        };
    }
}
