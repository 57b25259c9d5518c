package se.tryggve.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.cases.CaseDocument;
import se.tryggve.cases.CaseInfo;
import se.tryggve.cases.CaseInput;
import se.tryggve.cases.Cases;
import se.tryggve.cases.DocumentInput;
import se.tryggve.cases.DocumentKind;
import se.tryggve.meetings.DecisionType;
import se.tryggve.meetings.ParagraphDecided;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.SwedishDates;

/**
 * The decision on a lägesbild (lag 2023:196 5 §: the municipality decides on it and on the need for
 * measures). "Skicka för beslut" registers a case with the lägesbild PDF/A as the official report's annex;
 * when the deciding body's paragraph on that case is final (its minutes adjusted), the lägesbild is
 * adopted with the meeting date.
 */
@Service
public class AssessmentDecisions {

    private final Assessments assessments;
    private final AssessmentDocument document;
    private final Cases cases;
    private final Clock clock;

    AssessmentDecisions(Assessments assessments, AssessmentDocument document, Cases cases, Clock clock) {
        this.assessments = assessments;
        this.document = document;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Registers the case "Lägesbild … – beslut" in the chosen registry, with an official report whose annex 1
     * is the lägesbild PDF, and marks the draft SENT_FOR_DECISION — one transaction, so a refusal leaves neither
     * a case nor a used number behind.
     */
    @Transactional
    public AssessmentInfo sendForDecision(long m, long id, AssessmentInputs.Decision in) {
        AssessmentInfo a = assessments.findAssessment(m, id);
        if (in.getVersion() != null && a.version() != in.getVersion()) {
            throw new StaleVersionException(Assessments.TYPE, id);
        }
        if (a.status() != AssessmentStatus.DRAFT) {
            throw new RuleViolationException(null, "assessment.notDraft");
        }
        if (in.getRegistryId() == null) {
            throw new RuleViolationException("registryId", "assessment.decision.registryRequired");
        }
        if (assessments.details(m, id).problems().isEmpty()) {
            // 4 § asks for an analysis; a lägesbild without a prioritised problem gives the åtgärdsplan nothing to address
            throw new RuleViolationException(null, "assessment.decision.noProblems");
        }
        LocalDate today = LocalDate.now(clock.withZone(Assessments.STOCKHOLM));
        LocalDate date = in.getDate() != null ? in.getDate() : today;
        String period = a.periodFrom().getYear() == a.periodTo().getYear() ? String.valueOf(a.periodFrom().getYear())
                : a.periodFrom().getYear() + "–" + a.periodTo().getYear();
        CaseInput c = new CaseInput();
        c.setRegistryId(in.getRegistryId());
        c.setTitle("Beslut om lägesbild enligt lag (2023:196), " + a.title());
        c.setDepartmentId(in.getDepartmentId());
        c.setOfficer(in.getOfficer());
        CaseInfo registered = cases.registerCase(m, c);
        AssessmentInfo sent = assessments.markSentForDecision(m, id, a.version(), registered.id(), registered.number(), date);

        DocumentInput report = new DocumentInput();
        report.setKind(DocumentKind.OFFICIAL_REPORT);
        report.setTitle("Tjänsteskrivelse – lägesbild " + period);
        report.setDate(date);
        report.setDepartmentId(in.getDepartmentId());
        report.setText("Förslag till beslut: " + a.title() + " för perioden " + SwedishDates.date(a.periodFrom()) + " – "
                + SwedishDates.date(a.periodTo()) + " antas som kommunens lägesbild enligt 4 § lag (2023:196) om kommuners"
                + " ansvar för brottsförebyggande arbete.");
        CaseDocument official = cases.addDocument(m, registered.id(), report, null, null);
        DocumentInput annex = new DocumentInput();
        annex.setKind(DocumentKind.ANNEX);
        annex.setTitle(a.title() + ", version " + a.versionNumber());
        annex.setDate(date);
        annex.setDepartmentId(in.getDepartmentId());
        annex.setParentDocumentId(official.id());
        // rendered after the status change, so the annexed document carries the case number
        cases.addDocument(m, registered.id(), annex, AssessmentDocument.fileName(a), document.pdf(m, id));
        return sent;
    }

    /**
     * The deciding body's paragraph on the case is final. Synchronous, in the adjusting transaction: the adjusted
     * minutes and the adopted lägesbild are committed together (no event store is configured for asynchronous
     * listeners, so a lost event would leave the lägesbild waiting for ever). Only a decision (not a proposal,
     * a deferral or a referral back) by the configured body — any body when none is configured — adopts it.
     */
    @EventListener
    public void onParagraphDecided(ParagraphDecided event) {
        long m = event.municipalityId();
        if (event.decisionType() != DecisionType.DECISION) {
            return;
        }
        assessments.findByCase(m, event.caseId()).ifPresent(a -> {
            Long body = assessments.settingsOf(m).decidingBodyId();
            if (body != null && body != event.bodyId()) {
                return;
            }
            AssessmentInputs.Adoption adoption = new AssessmentInputs.Adoption();
            adoption.setAdoptedOn(event.meetingDate());
            adoption.setReference(event.paragraphLabel() + " (" + SwedishDates.date(event.meetingDate()) + ")");
            assessments.recordAdoption(m, a.id(), null, adoption);
        });
    }
}
