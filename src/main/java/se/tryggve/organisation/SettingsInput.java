package se.tryggve.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The municipality settings as filled in by an administrator; version for updates. */
public class SettingsInput {

    @NotNull
    private JudgementScale judgementScale;
    @NotNull
    private ParagraphNumbering paragraphNumbering;
    @Size(max = 100)
    private String open311Jurisdiction;
    private Long version;

    public JudgementScale getJudgementScale() {
        return judgementScale;
    }

    public void setJudgementScale(JudgementScale judgementScale) {
        this.judgementScale = judgementScale;
    }

    public ParagraphNumbering getParagraphNumbering() {
        return paragraphNumbering;
    }

    public void setParagraphNumbering(ParagraphNumbering paragraphNumbering) {
        this.paragraphNumbering = paragraphNumbering;
    }

    public String getOpen311Jurisdiction() {
        return open311Jurisdiction;
    }

    public void setOpen311Jurisdiction(String open311Jurisdiction) {
        this.open311Jurisdiction = open311Jurisdiction;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
