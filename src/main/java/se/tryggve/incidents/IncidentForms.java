package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the incident pages, bound by Spring MVC; refusals are put beside their fields by name. */
final class IncidentForms {

    private IncidentForms() {
    }

    /** A new incident, with the place in WGS84 or SWEREF 99 TM. */
    static class NewForm {
        private String categoryCode;
        private Channel channel = Channel.PHONE;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime reportedAt;
        private Double latitude;
        private Double longitude;
        private Double northing;
        private Double easting;
        private String position;
        private String address;
        private String description;
        private String reporterName;
        private String reporterPhone;
        private String reporterEmail;
        private MultipartFile photo;

        public String getCategoryCode() { return categoryCode; }
        public void setCategoryCode(String v) { categoryCode = v; }
        public Channel getChannel() { return channel; }
        public void setChannel(Channel v) { channel = v; }
        public LocalDateTime getReportedAt() { return reportedAt; }
        public void setReportedAt(LocalDateTime v) { reportedAt = v; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double v) { latitude = v; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double v) { longitude = v; }
        public Double getNorthing() { return northing; }
        public void setNorthing(Double v) { northing = v; }
        public Double getEasting() { return easting; }
        public void setEasting(Double v) { easting = v; }
        /** Only a holder for errors about the place as a whole. */
        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getReporterName() { return reporterName; }
        public void setReporterName(String v) { reporterName = v; }
        public String getReporterPhone() { return reporterPhone; }
        public void setReporterPhone(String v) { reporterPhone = v; }
        public String getReporterEmail() { return reporterEmail; }
        public void setReporterEmail(String v) { reporterEmail = v; }
        public MultipartFile getPhoto() { return photo; }
        public void setPhoto(MultipartFile v) { photo = v; }
    }

    /** One lifecycle step or the removal; which fields count depends on the step. */
    static class StepForm {
        private Long version;
        private String status;
        private String assignedTo;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime removedAt;
        private String note;
        private String propertyOwner;
        private Long duplicateOf;
        private MultipartFile photo;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getStatus() { return status; }
        public void setStatus(String v) { status = v; }
        public String getAssignedTo() { return assignedTo; }
        public void setAssignedTo(String v) { assignedTo = v; }
        public LocalDateTime getRemovedAt() { return removedAt; }
        public void setRemovedAt(LocalDateTime v) { removedAt = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getPropertyOwner() { return propertyOwner; }
        public void setPropertyOwner(String v) { propertyOwner = v; }
        public Long getDuplicateOf() { return duplicateOf; }
        public void setDuplicateOf(Long v) { duplicateOf = v; }
        public MultipartFile getPhoto() { return photo; }
        public void setPhoto(MultipartFile v) { photo = v; }
    }

    static class HandlingForm {
        private Long version;
        private String address;
        private String propertyOwner;
        private String policeReportNumber;
        private boolean policeReported;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getPropertyOwner() { return propertyOwner; }
        public void setPropertyOwner(String v) { propertyOwner = v; }
        public String getPoliceReportNumber() { return policeReportNumber; }
        public void setPoliceReportNumber(String v) { policeReportNumber = v; }
        public boolean isPoliceReported() { return policeReported; }
        public void setPoliceReported(boolean v) { policeReported = v; }
    }

    static class CostForm {
        private BigDecimal amount;
        private String contractor;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public String getContractor() { return contractor; }
        public void setContractor(String v) { contractor = v; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
    }

    static class PhotoForm {
        private String purpose = "REPORTED";
        private MultipartFile photo;

        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public MultipartFile getPhoto() { return photo; }
        public void setPhoto(MultipartFile v) { photo = v; }
    }

    static class CategoryForm {
        private Long version;
        private String code;
        private String name;
        private String description;
        private CategoryInfo.Guideline guideline = CategoryInfo.Guideline.OTHER;
        private boolean offensive;
        private boolean active = true;
        private Integer sortOrder = 100;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public CategoryInfo.Guideline getGuideline() { return guideline; }
        public void setGuideline(CategoryInfo.Guideline v) { guideline = v; }
        public boolean isOffensive() { return offensive; }
        public void setOffensive(boolean v) { offensive = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
        public Integer getSortOrder() { return sortOrder; }
        public void setSortOrder(Integer v) { sortOrder = v; }

        IncidentCategories.CategoryInput input() {
            return new IncidentCategories.CategoryInput(code, name, description, guideline, offensive, active,
                    sortOrder == null ? 0 : sortOrder);
        }
    }

    static class DistrictImportForm {
        private String kind = Districts.DISTRICT;
        private MultipartFile file;

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile v) { file = v; }
    }
}
