package se.tryggve.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpReportPdf;
import se.tryggve.followup.FollowUpStatus;
import se.tryggve.followup.FollowUps;
import se.tryggve.shared.RuleViolationException;

/** Turns an approved follow-up into a case whose official report has the follow-up report as annex 1. */
@Service
public class CasesFromFollowUps {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final FollowUps followUps;
    private final FollowUpReportPdf reportPdf;
    private final Cases cases;
    private final MessageSource messages;
    private final Clock clock;

    CasesFromFollowUps(FollowUps followUps, FollowUpReportPdf reportPdf, Cases cases, MessageSource messages, Clock clock) {
        this.followUps = followUps;
        this.reportPdf = reportPdf;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    /** An approved follow-up as the picker shows it. */
    public record ApprovedFollowUp(long id, String documentTitle, int year) {
    }

    @Transactional(readOnly = true)
    public List<ApprovedFollowUp> approvedFollowUps(long m) {
        return followUps.listFollowUps(m).stream().filter(f -> f.status() == FollowUpStatus.APPROVED)
                .map(f -> new ApprovedFollowUp(f.id(), reportPdf.documentTitle(m, f.id()), f.year())).toList();
    }

    /**
     * Registers the case "Uppföljning av &lt;document&gt; &lt;year&gt;" with an official report dated the chosen
     * day (today by default) and the follow-up report PDF as its annex 1 — all in one transaction, so a
     * refusal leaves neither a case nor a used number behind. The texts are Swedish: they are the
     * municipality's records, whatever the language of the user's screen.
     */
    @Transactional
    public CaseDetails createCaseFromFollowUp(long m, FromFollowUpInput in) {
        FollowUp f = followUps.followUp(m, in.getFollowUpId());
        if (f.status() != FollowUpStatus.APPROVED) {
            throw new RuleViolationException("followUpId", "cases.fromFollowUp.notApproved");
        }
        // "Program för trygghet och säkerhet 2018–2021" followed up for 2021 is "… säkerhet 2021", as the minutes name it
        String document = withoutPeriod(reportPdf.documentTitle(m, f.id()));
        CaseInput c = new CaseInput();
        c.setRegistryId(in.getRegistryId());
        c.setTitle(text("cases.fromFollowUp.title", document, String.valueOf(f.year())));
        c.setClassification(in.getClassification());
        c.setYear(in.getYear());
        c.setSerial(in.getSerial());
        c.setDepartmentId(in.getDepartmentId());
        c.setOfficer(in.getOfficer());
        CaseInfo registered = cases.registerCase(m, c);
        // before the report is rendered, so its title page carries the number
        followUps.recordCaseNumber(m, f.id(), registered.number());

        DocumentInput report = new DocumentInput();
        report.setKind(DocumentKind.OFFICIAL_REPORT);
        report.setTitle(text("cases.fromFollowUp.reportTitle", document, String.valueOf(f.year())));
        report.setDate(in.getDate() != null ? in.getDate() : LocalDate.now(clock.withZone(Cases.STOCKHOLM)));
        report.setDepartmentId(in.getDepartmentId());
        report.setText(in.getText() == null || in.getText().isBlank() ? c.getTitle() : in.getText());
        CaseDocument official = cases.addDocument(m, registered.id(), report, null, null);

        DocumentInput annex = new DocumentInput();
        annex.setKind(DocumentKind.ANNEX);
        annex.setTitle(text("cases.fromFollowUp.annexTitle", document, String.valueOf(f.year())));
        annex.setDate(report.getDate());
        annex.setDepartmentId(in.getDepartmentId());
        annex.setParentDocumentId(official.id());
        cases.addDocument(m, registered.id(), annex, "uppfoljning-" + f.year() + ".pdf", reportPdf.renderPdf(m, f.id()));
        return cases.details(m, registered.id());
    }

    static String withoutPeriod(String title) {
        return title.replaceFirst("\\s+\\d{4}\\s*[–-]\\s*\\d{4}$", "");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }
}
