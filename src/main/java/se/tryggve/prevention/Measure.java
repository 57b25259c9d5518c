package se.tryggve.prevention;

import java.util.function.Function;

/**
 * The counts the guideline's follow-up reports, in report order. Each is a number of events or a
 * number of people added up over the year — never a record of who. Labels:
 * {@code prevention.measure.<name>} in the bundles.
 */
public enum Measure {
    TRAININGS("trainings", PreventionEntry::trainings),
    TRAINING_PARTICIPANTS("trainingParticipants", PreventionEntry::trainingParticipants),
    COORDINATION_MEETINGS("coordinationMeetings", PreventionEntry::coordinationMeetings),
    CONSULTATIONS("consultations", PreventionEntry::consultations),
    CONCERNS_HANDLED("concernsHandled", PreventionEntry::concernsHandled);

    private final String field;
    private final Function<PreventionEntry, Integer> read;

    Measure(String field, Function<PreventionEntry, Integer> read) {
        this.field = field;
        this.read = read;
    }

    /** The field's name in forms, the API body and the audit entry. */
    public String field() {
        return field;
    }

    /** The entry's count of this measure, null when not reported. */
    public Integer of(PreventionEntry e) {
        return read.apply(e);
    }

    /** Message key of the help text beside the field. */
    public String helpKey() {
        return "prevention.measure." + name() + ".help";
    }

    /** Message key of the label. */
    public String labelKey() {
        return "prevention.measure." + name();
    }
}
