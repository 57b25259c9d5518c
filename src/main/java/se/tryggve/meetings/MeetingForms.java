package se.tryggve.meetings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Form-backing objects of the meeting pages (mutable, so th:field can bind them). */
final class MeetingForms {

    private MeetingForms() {
    }

    static class MeetingForm {
        @NotNull(message = "{meetings.body.required}")
        private Long bodyId;
        @NotNull(message = "{meetings.date.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate meetingDate;
        @Pattern(regexp = "^$|^([01]\\d|2[0-3])[:.][0-5]\\d$", message = "{meetings.time.invalid}")
        private String startTime;
        @Pattern(regexp = "^$|^([01]\\d|2[0-3])[:.][0-5]\\d$", message = "{meetings.time.invalid}")
        private String endTime;
        @Size(max = 300)
        private String place;
        private Long chairPersonId;
        @Size(max = 200)
        private String secretaryName;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate adjustmentDate;
        @Size(max = 300)
        private String adjustmentPlace;
        private Long version;

        static MeetingForm of(MeetingView v) {
            MeetingForm f = new MeetingForm();
            f.bodyId = v.bodyId();
            f.meetingDate = v.meetingDate();
            f.startTime = v.startTime();
            f.endTime = v.endTime();
            f.place = v.place();
            f.chairPersonId = v.chairPersonId();
            f.secretaryName = v.secretaryName();
            f.adjustmentDate = v.adjustmentDate();
            f.adjustmentPlace = v.adjustmentPlace();
            f.version = v.version();
            return f;
        }

        MeetingInput input() {
            return new MeetingInput(bodyId, meetingDate, startTime, endTime, place, chairPersonId, secretaryName,
                    adjustmentDate, adjustmentPlace, version);
        }

        public Long getBodyId() { return bodyId; }
        public void setBodyId(Long v) { bodyId = v; }
        public LocalDate getMeetingDate() { return meetingDate; }
        public void setMeetingDate(LocalDate v) { meetingDate = v; }
        public String getStartTime() { return startTime; }
        public void setStartTime(String v) { startTime = v; }
        public String getEndTime() { return endTime; }
        public void setEndTime(String v) { endTime = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public Long getChairPersonId() { return chairPersonId; }
        public void setChairPersonId(Long v) { chairPersonId = v; }
        public String getSecretaryName() { return secretaryName; }
        public void setSecretaryName(String v) { secretaryName = v; }
        public LocalDate getAdjustmentDate() { return adjustmentDate; }
        public void setAdjustmentDate(LocalDate v) { adjustmentDate = v; }
        public String getAdjustmentPlace() { return adjustmentPlace; }
        public void setAdjustmentPlace(String v) { adjustmentPlace = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    static class AttendanceForm {
        @NotNull(message = "{meetings.attendance.kind.required}")
        private AttendanceKind kind;
        private Long personId;
        @Size(max = 200)
        private String name;
        @Size(max = 200)
        private String title;
        private Long replacesPersonId;
        private boolean adjuster;
        @Size(max = 300)
        private String presenceNote;

        AttendanceInput input() {
            return new AttendanceInput(kind, personId, name, title, replacesPersonId, adjuster, presenceNote);
        }

        public AttendanceKind getKind() { return kind; }
        public void setKind(AttendanceKind v) { kind = v; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long v) { personId = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public Long getReplacesPersonId() { return replacesPersonId; }
        public void setReplacesPersonId(Long v) { replacesPersonId = v; }
        public boolean isAdjuster() { return adjuster; }
        public void setAdjuster(boolean v) { adjuster = v; }
        public String getPresenceNote() { return presenceNote; }
        public void setPresenceNote(String v) { presenceNote = v; }
    }

    static class ParagraphForm {
        @NotBlank(message = "{meetings.paragraph.title.required}")
        @Size(max = 500)
        private String title;
        private String caseNumber;
        @NotNull(message = "{meetings.paragraph.decisionType.required}")
        private DecisionType decisionType = DecisionType.DECISION;
        private Long targetBodyId;
        private String proposedDecision;
        private String instructions;
        private String summary;
        private String chairOrder;
        private String sentTo;
        private boolean immediateAdjustment;
        private Long version;

        static ParagraphForm of(ParagraphView p) {
            ParagraphForm f = new ParagraphForm();
            f.title = p.title();
            f.caseNumber = p.caseNumber();
            f.decisionType = p.decisionType();
            f.targetBodyId = p.targetBodyId();
            f.proposedDecision = p.proposedDecision();
            f.instructions = p.instructions();
            f.summary = p.summary();
            f.chairOrder = p.chairOrder();
            f.sentTo = p.sentTo();
            f.immediateAdjustment = p.immediateAdjustment();
            f.version = p.version();
            return f;
        }

        ParagraphInput input(Long caseId) {
            return new ParagraphInput(title, caseId, decisionType, targetBodyId, proposedDecision, instructions,
                    summary, chairOrder, sentTo, immediateAdjustment, version);
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String v) { caseNumber = v; }
        public DecisionType getDecisionType() { return decisionType; }
        public void setDecisionType(DecisionType v) { decisionType = v; }
        public Long getTargetBodyId() { return targetBodyId; }
        public void setTargetBodyId(Long v) { targetBodyId = v; }
        public String getProposedDecision() { return proposedDecision; }
        public void setProposedDecision(String v) { proposedDecision = v; }
        public String getInstructions() { return instructions; }
        public void setInstructions(String v) { instructions = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public String getChairOrder() { return chairOrder; }
        public void setChairOrder(String v) { chairOrder = v; }
        public String getSentTo() { return sentTo; }
        public void setSentTo(String v) { sentTo = v; }
        public boolean isImmediateAdjustment() { return immediateAdjustment; }
        public void setImmediateAdjustment(boolean v) { immediateAdjustment = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    static class ItemForm {
        @NotNull(message = "{meetings.item.kind.required}")
        private ItemKind kind;
        private Long personId;
        @Size(max = 200)
        private String speakerTitle;
        private String text;
        @Size(max = 100)
        private String annexRef;

        ItemInput input() {
            return new ItemInput(kind, personId, speakerTitle, text, annexRef);
        }

        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind v) { kind = v; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long v) { personId = v; }
        public String getSpeakerTitle() { return speakerTitle; }
        public void setSpeakerTitle(String v) { speakerTitle = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public String getAnnexRef() { return annexRef; }
        public void setAnnexRef(String v) { annexRef = v; }
    }

    static class VoteForm {
        @NotBlank(message = "{meetings.vote.proposition.required}")
        private String proposition;
        @NotBlank(message = "{meetings.vote.jaMeans.required}")
        private String jaMeans;
        @NotBlank(message = "{meetings.vote.nejMeans.required}")
        private String nejMeans;
        /** Each serving member's choice by person id; members left without a choice have not voted. */
        private Map<Long, Choice> choices = new LinkedHashMap<>();

        VoteInput input() {
            List<VoteInput.Ballot> ballots = choices.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> new VoteInput.Ballot(e.getKey(), e.getValue())).toList();
            return new VoteInput(proposition, jaMeans, nejMeans, ballots);
        }

        public String getProposition() { return proposition; }
        public void setProposition(String v) { proposition = v; }
        public String getJaMeans() { return jaMeans; }
        public void setJaMeans(String v) { jaMeans = v; }
        public String getNejMeans() { return nejMeans; }
        public void setNejMeans(String v) { nejMeans = v; }
        public Map<Long, Choice> getChoices() { return choices; }
        public void setChoices(Map<Long, Choice> v) { choices = v; }
        public Object getBallots() { return null; }
    }

    static class ConfirmForm {
        @NotNull(message = "{meetings.adjust.person.required}")
        private Long personId;

        public Long getPersonId() { return personId; }
        public void setPersonId(Long v) { personId = v; }
    }

    /** The confidentiality marking of a paragraph; the ground is required when it is marked (checked by the use case). */
    static class ConfidentialityForm {
        private boolean confidential;
        private String ground;

        static ConfidentialityForm of(ParagraphConfidentiality c) {
            ConfidentialityForm f = new ConfidentialityForm();
            f.confidential = c.confidential();
            f.ground = c.ground();
            return f;
        }

        public boolean isConfidential() { return confidential; }
        public void setConfidential(boolean v) { confidential = v; }
        public String getGround() { return ground; }
        public void setGround(String v) { ground = v; }
    }

    static class ChangeForm {
        @NotNull(message = "{meetings.change.kind.required}")
        private AttendanceChangeKind kind;
        @NotNull(message = "{meetings.change.person.required}")
        private Long personId;
        private Long replacesPersonId;
        @NotNull(message = "{meetings.change.paragraph.required}")
        private Long fromParagraphId;

        AttendanceChangeInput input() {
            return new AttendanceChangeInput(kind, personId, replacesPersonId, fromParagraphId);
        }

        public AttendanceChangeKind getKind() { return kind; }
        public void setKind(AttendanceChangeKind v) { kind = v; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long v) { personId = v; }
        public Long getReplacesPersonId() { return replacesPersonId; }
        public void setReplacesPersonId(Long v) { replacesPersonId = v; }
        public Long getFromParagraphId() { return fromParagraphId; }
        public void setFromParagraphId(Long v) { fromParagraphId = v; }
    }

    static class CorrectionForm {
        @NotBlank(message = "{meetings.correction.text.required}")
        private String text;

        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }
}
