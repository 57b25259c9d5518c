package se.tryggve.incidents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The form of the graffiti guideline's targets. */
public class GraffitiGuidelineForm {

    private Long documentId;
    @NotNull
    @Min(1)
    @Max(720)
    private Integer removalHours = 48;
    @NotNull
    @Min(1)
    @Max(720)
    private Integer offensiveHours = 24;
    private boolean offensiveWorkingDaysOnly = true;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer costReductionPercent = 50;
    @NotNull
    @Min(1990)
    @Max(2200)
    private Integer baselineFromYear = 2018;
    @NotNull
    @Min(1990)
    @Max(2200)
    private Integer baselineToYear = 2019;
    private Long version;

    static GraffitiGuidelineForm of(GraffitiGuideline g) {
        GraffitiGuidelineForm f = new GraffitiGuidelineForm();
        f.documentId = g.documentId();
        f.removalHours = g.removalHours();
        f.offensiveHours = g.offensiveHours();
        f.offensiveWorkingDaysOnly = g.offensiveWorkingDaysOnly();
        f.costReductionPercent = g.costReductionPercent();
        f.baselineFromYear = g.baselineFromYear();
        f.baselineToYear = g.baselineToYear();
        f.version = g.version();
        return f;
    }

    GraffitiGuideline toGuideline() {
        return new GraffitiGuideline(documentId, removalHours, offensiveHours, offensiveWorkingDaysOnly, costReductionPercent,
                baselineFromYear, baselineToYear, version == null ? -1 : version);
    }

    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public Integer getRemovalHours() { return removalHours; }
    public void setRemovalHours(Integer removalHours) { this.removalHours = removalHours; }
    public Integer getOffensiveHours() { return offensiveHours; }
    public void setOffensiveHours(Integer offensiveHours) { this.offensiveHours = offensiveHours; }
    public boolean isOffensiveWorkingDaysOnly() { return offensiveWorkingDaysOnly; }
    public void setOffensiveWorkingDaysOnly(boolean v) { this.offensiveWorkingDaysOnly = v; }
    public Integer getCostReductionPercent() { return costReductionPercent; }
    public void setCostReductionPercent(Integer costReductionPercent) { this.costReductionPercent = costReductionPercent; }
    public Integer getBaselineFromYear() { return baselineFromYear; }
    public void setBaselineFromYear(Integer baselineFromYear) { this.baselineFromYear = baselineFromYear; }
    public Integer getBaselineToYear() { return baselineToYear; }
    public void setBaselineToYear(Integer baselineToYear) { this.baselineToYear = baselineToYear; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
