package se.tryggve.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Form and API body of a case. {@code serial} is empty when registering a new case (the next serial
 * is allocated); the secretary states it when importing an existing case, e.g. KS-2022/177.173.
 */
public class CaseInput {

    @NotNull(message = "{cases.registry.required}")
    private Long registryId;

    @Min(value = 1900, message = "{cases.year.range}")
    @Max(value = 2200, message = "{cases.year.range}")
    private Integer year;

    @Min(value = 1, message = "{cases.serial.range}")
    @Max(value = 99999999, message = "{cases.serial.range}")
    private Integer serial;

    @NotBlank(message = "{cases.title.required}")
    @Size(max = 500, message = "{cases.title.tooLong}")
    private String title;

    @Size(max = 40, message = "{cases.classification.tooLong}")
    private String classification;

    private Long departmentId;

    @Size(max = 200, message = "{cases.officer.tooLong}")
    private String officer;

    private Long version;

    public Long getRegistryId() {
        return registryId;
    }

    public void setRegistryId(Long registryId) {
        this.registryId = registryId;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
