package se.tryggve.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.tryggve.shared.RuleViolationException;

/** The page forms (JavaBeans, so Spring binds them and Thymeleaf shows their errors per field). */
final class Forms {

    private Forms() {
    }

    static class DocumentForm {
        @NotNull
        private DocumentKind kind = DocumentKind.PROGRAMME;
        @NotBlank
        @Size(max = 300)
        private String title;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;
        @Size(max = 4000)
        private String overarchingGoal;
        private List<Perspective> perspectives = new ArrayList<>();
        private long version;

        static DocumentForm of(GoverningDocument d) {
            DocumentForm f = new DocumentForm();
            f.kind = d.kind();
            f.title = d.title();
            f.validFrom = d.period().from();
            f.validTo = d.period().to();
            f.overarchingGoal = d.overarchingGoal();
            f.perspectives = new ArrayList<>(d.perspectives());
            f.version = d.version();
            return f;
        }

        DocumentData toData() {
            return new DocumentData(kind, title, validFrom, validTo, overarchingGoal,
                    perspectives == null ? null : new LinkedHashSet<>(perspectives), version);
        }

        public DocumentKind getKind() { return kind; }
        public void setKind(DocumentKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
        public String getOverarchingGoal() { return overarchingGoal; }
        public void setOverarchingGoal(String overarchingGoal) { this.overarchingGoal = overarchingGoal; }
        public List<Perspective> getPerspectives() { return perspectives; }
        public void setPerspectives(List<Perspective> perspectives) { this.perspectives = perspectives; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class DecisionForm {
        @NotBlank(message = "{governance.decision.bodyRequired}")
        @Size(max = 200)
        private String body;
        @NotNull(message = "{governance.decision.dateRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        @Size(max = 40)
        private String paragraph;
        @Size(max = 60)
        private String caseNumber;

        AdoptingDecision toDecision() {
            return new AdoptingDecision(body, date, paragraph, caseNumber);
        }

        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getParagraph() { return paragraph; }
        public void setParagraph(String paragraph) { this.paragraph = paragraph; }
        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    }

    static class AreaForm {
        @NotBlank
        @Size(max = 300)
        private String title;
        @Size(max = 2000)
        private String subGoal;
        private long version;

        static AreaForm of(Area a) {
            AreaForm f = new AreaForm();
            f.title = a.title();
            f.subGoal = a.subGoal();
            f.version = a.version();
            return f;
        }

        AreaData toData() {
            return new AreaData(title, subGoal, version);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSubGoal() { return subGoal; }
        public void setSubGoal(String subGoal) { this.subGoal = subGoal; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class GoalForm {
        @NotNull
        private Long areaId;
        private Long parentId;
        @NotBlank
        @Size(max = 300)
        private String title;
        @Size(max = 4000)
        private String description;
        @NotEmpty(message = "{governance.goal.ownersRequired}")
        private List<Long> ownerDepartmentIds = new ArrayList<>();
        private boolean example;
        private long version;

        static GoalForm of(Goal g) {
            GoalForm f = new GoalForm();
            f.areaId = g.areaId();
            f.parentId = g.parentId();
            f.title = g.title();
            f.description = g.description();
            f.ownerDepartmentIds = new ArrayList<>(g.ownerDepartmentIds());
            f.example = g.example();
            f.version = g.version();
            return f;
        }

        GoalData toData() {
            return new GoalData(areaId, parentId, title, description,
                    ownerDepartmentIds == null ? null : new LinkedHashSet<>(ownerDepartmentIds), example, version);
        }

        public Long getAreaId() { return areaId; }
        public void setAreaId(Long areaId) { this.areaId = areaId; }
        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public List<Long> getOwnerDepartmentIds() { return ownerDepartmentIds; }
        public void setOwnerDepartmentIds(List<Long> ownerDepartmentIds) { this.ownerDepartmentIds = ownerDepartmentIds; }
        public boolean isExample() { return example; }
        public void setExample(boolean example) { this.example = example; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class IndicatorForm {
        private Long goalId;
        @NotBlank
        @Size(max = 300)
        private String name;
        @NotBlank
        @Size(max = 40)
        private String unit;
        @NotNull
        private Direction direction = Direction.HIGHER_IS_BETTER;
        @NotNull
        private IndicatorSource source = IndicatorSource.OWN;
        @Pattern(regexp = "[A-Z]\\d{5}", message = "{governance.indicator.koladaInvalid}")
        private String koladaKpi;
        @Min(1900)
        @Max(2200)
        private Integer baselineYear;
        @Digits(integer = 12, fraction = 2)
        private BigDecimal baselineValue;
        @Size(max = 2000)
        private String targets;
        private long version;

        static IndicatorForm of(Indicator i) {
            IndicatorForm f = new IndicatorForm();
            f.goalId = i.goalId();
            f.name = i.name();
            f.unit = i.unit();
            f.direction = i.direction();
            f.source = i.source();
            f.koladaKpi = i.koladaKpi();
            f.baselineYear = i.baselineYear();
            f.baselineValue = i.baselineValue();
            StringBuilder sb = new StringBuilder();
            i.targets().forEach((y, v) -> sb.append(y).append('=').append(v.stripTrailingZeros().toPlainString()).append('\n'));
            f.targets = sb.toString().strip();
            f.version = i.version();
            return f;
        }

        IndicatorData toData() {
            return new IndicatorData(goalId, name, unit, direction, source, koladaKpi == null || koladaKpi.isBlank() ? null : koladaKpi,
                    baselineYear, baselineValue, parseTargets(targets), version);
        }

        /** "2021=75" per line (comma or semicolon also separate entries). */
        static Map<Integer, BigDecimal> parseTargets(String text) {
            Map<Integer, BigDecimal> result = new TreeMap<>();
            if (text == null || text.isBlank()) {
                return result;
            }
            for (String line : text.split("[\\r\\n;]+")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[=:]");
                try {
                    result.put(Integer.valueOf(parts[0].strip()), new BigDecimal(parts[1].strip().replace(',', '.')));
                } catch (RuntimeException e) {
                    throw new RuleViolationException("targets", "governance.indicator.targetInvalid");
                }
                if (parts.length != 2) {
                    throw new RuleViolationException("targets", "governance.indicator.targetInvalid");
                }
                BigDecimal value = result.get(Integer.valueOf(parts[0].strip()));
                // the column is numeric(14,2): a larger value would be refused by the database
                if (value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 12) {
                    throw new RuleViolationException("targets", "governance.indicator.targetInvalid");
                }
            }
            return result;
        }

        public Long getGoalId() { return goalId; }
        public void setGoalId(Long goalId) { this.goalId = goalId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public Direction getDirection() { return direction; }
        public void setDirection(Direction direction) { this.direction = direction; }
        public IndicatorSource getSource() { return source; }
        public void setSource(IndicatorSource source) { this.source = source; }
        public String getKoladaKpi() { return koladaKpi; }
        public void setKoladaKpi(String koladaKpi) { this.koladaKpi = koladaKpi == null || koladaKpi.isBlank() ? null : koladaKpi.strip(); }
        public Integer getBaselineYear() { return baselineYear; }
        public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
        public BigDecimal getBaselineValue() { return baselineValue; }
        public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
        public String getTargets() { return targets; }
        public void setTargets(String targets) { this.targets = targets; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class ActivityForm {
        @NotNull
        private Long documentId;
        @NotBlank
        @Size(max = 300)
        private String title;
        @Size(max = 4000)
        private String description;
        @NotEmpty(message = "{governance.activity.goalsRequired}")
        private List<Long> goalIds = new ArrayList<>();
        @NotNull
        private Long responsibleDepartmentId;
        @NotNull
        @Min(1900)
        @Max(2200)
        private Integer startYear;
        @Min(1900)
        @Max(2200)
        private Integer endYear;
        @NotNull
        private ActivityStatus status = ActivityStatus.PLANNED;
        @PositiveOrZero
        @Digits(integer = 12, fraction = 2)
        private BigDecimal costEstimate;
        private boolean example;
        private long version;

        static ActivityForm of(Activity a) {
            ActivityForm f = new ActivityForm();
            f.documentId = a.documentId();
            f.title = a.title();
            f.description = a.description();
            f.goalIds = new ArrayList<>(a.goalIds());
            f.responsibleDepartmentId = a.responsibleDepartmentId();
            f.startYear = a.startYear();
            f.endYear = a.endYear();
            f.status = a.status();
            f.costEstimate = a.costEstimate();
            f.example = a.example();
            f.version = a.version();
            return f;
        }

        ActivityData toData() {
            return new ActivityData(documentId, title, description,
                    goalIds == null ? null : new LinkedHashSet<>(goalIds), responsibleDepartmentId, startYear, endYear,
                    status, costEstimate, example, version);
        }

        public Long getDocumentId() { return documentId; }
        public void setDocumentId(Long documentId) { this.documentId = documentId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public List<Long> getGoalIds() { return goalIds; }
        public void setGoalIds(List<Long> goalIds) { this.goalIds = goalIds; }
        public Long getResponsibleDepartmentId() { return responsibleDepartmentId; }
        public void setResponsibleDepartmentId(Long responsibleDepartmentId) { this.responsibleDepartmentId = responsibleDepartmentId; }
        public Integer getStartYear() { return startYear; }
        public void setStartYear(Integer startYear) { this.startYear = startYear; }
        public Integer getEndYear() { return endYear; }
        public void setEndYear(Integer endYear) { this.endYear = endYear; }
        public ActivityStatus getStatus() { return status; }
        public void setStatus(ActivityStatus status) { this.status = status; }
        public BigDecimal getCostEstimate() { return costEstimate; }
        public void setCostEstimate(BigDecimal costEstimate) { this.costEstimate = costEstimate; }
        public boolean isExample() { return example; }
        public void setExample(boolean example) { this.example = example; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    static class CopyForm {
        @NotBlank
        @Size(max = 300)
        private String title;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    }
}
