package se.tryggve.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the coordinator fills in: the form objects of the pages and the bodies of the API. */
public final class AssessmentInputs {

    private AssessmentInputs() {
    }

    /** Title and period of a lägesbild. */
    public static class Header {
        private String title;
        private LocalDate periodFrom;
        private LocalDate periodTo;
        private Long version;
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public LocalDate getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(LocalDate v) { periodFrom = v; }
        public LocalDate getPeriodTo() { return periodTo; }
        public void setPeriodTo(LocalDate v) { periodTo = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** The coordinator's text of one section. */
    public static class SectionText {
        private String text;
        private Long version;
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    public static class Information {
        private InformationKind kind;
        private String title;
        private String description;
        public InformationKind getKind() { return kind; }
        public void setKind(InformationKind v) { kind = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    public static class Problem {
        private Integer priority;
        private String title;
        private String description;
        private String place;
        private List<Long> districtIds = new ArrayList<>();
        public Integer getPriority() { return priority; }
        public void setPriority(Integer v) { priority = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public List<Long> getDistrictIds() { return districtIds; }
        public void setDistrictIds(List<Long> v) { districtIds = v == null ? new ArrayList<>() : v; }
    }

    public static class Cause {
        private CausePerspective perspective;
        private String text;
        public CausePerspective getPerspective() { return perspective; }
        public void setPerspective(CausePerspective v) { perspective = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    public static class Source {
        private SourceKind kind;
        private String title;
        private String description;
        private String reason;
        public SourceKind getKind() { return kind; }
        public void setKind(SourceKind v) { kind = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** A reference figure entered by hand, e.g. a Kolada key figure (N07403 …) with the municipality's and the country's value. */
    public static class ReferenceFigure {
        private String kpiId;
        private String name;
        private Integer year;
        private BigDecimal valueMunicipality;
        private BigDecimal valueComparison;
        private String comparisonLabel;
        public String getKpiId() { return kpiId; }
        public void setKpiId(String v) { kpiId = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        public BigDecimal getValueMunicipality() { return valueMunicipality; }
        public void setValueMunicipality(BigDecimal v) { valueMunicipality = v; }
        public BigDecimal getValueComparison() { return valueComparison; }
        public void setValueComparison(BigDecimal v) { valueComparison = v; }
        public String getComparisonLabel() { return comparisonLabel; }
        public void setComparisonLabel(String v) { comparisonLabel = v; }
    }

    /** "Skicka för beslut": the registry the case is registered in, and optionally department, officer and report date. */
    public static class Decision {
        private Long registryId;
        private Long departmentId;
        private String officer;
        private LocalDate date;
        private Long version;
        public Long getRegistryId() { return registryId; }
        public void setRegistryId(Long v) { registryId = v; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long v) { departmentId = v; }
        public String getOfficer() { return officer; }
        public void setOfficer(String v) { officer = v; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** An adoption decided outside Tryggve: the date and the paragraph reference ("KS 2026-03-02 § 45"). */
    public static class Adoption {
        private LocalDate adoptedOn;
        private String reference;
        private Long version;
        public LocalDate getAdoptedOn() { return adoptedOn; }
        public void setAdoptedOn(LocalDate v) { adoptedOn = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    public static class Settings {
        private Long decidingBodyId;
        private Integer revisionMonths;
        private Integer reminderDaysBefore;
        public Long getDecidingBodyId() { return decidingBodyId; }
        public void setDecidingBodyId(Long v) { decidingBodyId = v; }
        public Integer getRevisionMonths() { return revisionMonths; }
        public void setRevisionMonths(Integer v) { revisionMonths = v; }
        public Integer getReminderDaysBefore() { return reminderDaysBefore; }
        public void setReminderDaysBefore(Integer v) { reminderDaysBefore = v; }
    }
}
