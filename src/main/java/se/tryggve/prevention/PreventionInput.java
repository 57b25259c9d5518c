package se.tryggve.prevention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Form and API body of a year's figures of one reporting unit. Deliberately only counts and a
 * narrative: there is no field for a person, a name, a personal identity number or a view, and none
 * may be added (GDPR art. 9; the guideline's aggregate-only rule — see the migration V7_80). A blank
 * count means "not reported".
 */
public class PreventionInput {

    static final int MAX_COUNT = 1_000_000;
    static final int MAX_NARRATIVE = 4000;

    @NotNull(message = "{prevention.year.required}")
    private Integer year;

    /** Null: the municipality as a whole. Fixed once the entry exists (year and unit are its key). */
    private Long departmentId;

    @PositiveOrZero(message = "{prevention.count.negative}")
    @Max(value = MAX_COUNT, message = "{prevention.count.tooLarge}")
    private Integer trainings;

    @PositiveOrZero(message = "{prevention.count.negative}")
    @Max(value = MAX_COUNT, message = "{prevention.count.tooLarge}")
    private Integer trainingParticipants;

    @PositiveOrZero(message = "{prevention.count.negative}")
    @Max(value = MAX_COUNT, message = "{prevention.count.tooLarge}")
    private Integer coordinationMeetings;

    @PositiveOrZero(message = "{prevention.count.negative}")
    @Max(value = MAX_COUNT, message = "{prevention.count.tooLarge}")
    private Integer consultations;

    @PositiveOrZero(message = "{prevention.count.negative}")
    @Max(value = MAX_COUNT, message = "{prevention.count.tooLarge}")
    private Integer concernsHandled;

    @Size(max = MAX_NARRATIVE, message = "{prevention.narrative.tooLong}")
    private String narrative;

    private Long version;

    public PreventionInput() {
    }

    static PreventionInput of(PreventionEntry e) {
        PreventionInput in = new PreventionInput();
        in.year = e.year();
        in.departmentId = e.departmentId();
        in.trainings = e.trainings();
        in.trainingParticipants = e.trainingParticipants();
        in.coordinationMeetings = e.coordinationMeetings();
        in.consultations = e.consultations();
        in.concernsHandled = e.concernsHandled();
        in.narrative = e.narrative();
        in.version = e.version();
        return in;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Integer getTrainings() {
        return trainings;
    }

    public void setTrainings(Integer trainings) {
        this.trainings = trainings;
    }

    public Integer getTrainingParticipants() {
        return trainingParticipants;
    }

    public void setTrainingParticipants(Integer trainingParticipants) {
        this.trainingParticipants = trainingParticipants;
    }

    public Integer getCoordinationMeetings() {
        return coordinationMeetings;
    }

    public void setCoordinationMeetings(Integer coordinationMeetings) {
        this.coordinationMeetings = coordinationMeetings;
    }

    public Integer getConsultations() {
        return consultations;
    }

    public void setConsultations(Integer consultations) {
        this.consultations = consultations;
    }

    public Integer getConcernsHandled() {
        return concernsHandled;
    }

    public void setConcernsHandled(Integer concernsHandled) {
        this.concernsHandled = concernsHandled;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
