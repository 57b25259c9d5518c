package se.tryggve.cases;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the secretary or coordinator chooses when turning an approved follow-up into a case. */
public class FromFollowUpInput {

    @NotNull(message = "{cases.fromFollowUp.required}")
    private Long followUpId;

    @NotNull(message = "{cases.registry.required}")
    private Long registryId;

    @Size(max = 40, message = "{cases.classification.tooLong}")
    private String classification;

    /** Optional, as when registering a case: the year (default this year) and, to import, the serial. */
    @jakarta.validation.constraints.Min(value = 1900, message = "{cases.year.range}")
    @jakarta.validation.constraints.Max(value = 2200, message = "{cases.year.range}")
    private Integer year;

    @jakarta.validation.constraints.Min(value = 1, message = "{cases.serial.range}")
    @jakarta.validation.constraints.Max(value = 99999999, message = "{cases.serial.range}")
    private Integer serial;

    private Long departmentId;

    @Size(max = 200, message = "{cases.officer.tooLong}")
    private String officer;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Size(max = 100000, message = "{cases.document.text.tooLong}")
    private String text;

    public Long getFollowUpId() {
        return followUpId;
    }

    public void setFollowUpId(Long followUpId) {
        this.followUpId = followUpId;
    }

    public Long getRegistryId() {
        return registryId;
    }

    public void setRegistryId(Long registryId) {
        this.registryId = registryId;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getSerial() {
        return serial;
    }

    public void setSerial(Integer serial) {
        this.serial = serial;
    }
}
