package se.tryggve.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.cases.CaseDirectory;
import se.tryggve.cases.CaseRef;
import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpReport;
import se.tryggve.followup.FollowUpReportPdf;
import se.tryggve.followup.FollowUpReports;
import se.tryggve.followup.FollowUpStatus;
import se.tryggve.followup.FollowUps;
import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.shared.NotFoundException;

/**
 * Which follow-up reports are public, and their content. A report is public when it is approved, not superseded
 * by a correction, and either
 * <ul>
 *   <li>the coordinator published it explicitly ({@code EXPLICIT}), or</li>
 *   <li>a paragraph deciding the follow-up's case is adjusted and not confidential ({@code DECISION_ADJUSTED}):
 *       the decision is then public (KL 8 kap. 9 §, 12 §) and the report is its basis.</li>
 * </ul>
 * Anything else — open follow-ups, the departments' drafts, returned parts — is internal work material
 * (arbetsmaterial, OSL 2 kap. / TF 2 kap. 12 §) and never reaches the portal, search, open data or OParl.
 */
@Service
public class PublishedReports {

    public static final String EXPLICIT = "EXPLICIT";
    public static final String DECISION_ADJUSTED = "DECISION_ADJUSTED";

    public record PublishedReport(long followUpId, int year, String title, String caseNumber, Instant publishedAt,
                                  String reason) {
    }

    private record CachedPdf(String key, byte[] bytes) {
    }

    private final FollowUps followUps;
    private final FollowUpReports reports;
    private final FollowUpReportPdf pdfs;
    private final PublishedMeetings meetings;
    private final CaseDirectory cases;
    /** Rendering a report takes a second or more; the public PDF is kept per report until the report changes. */
    private final Map<Long, CachedPdf> pdfCache = new ConcurrentHashMap<>();

    PublishedReports(FollowUps followUps, FollowUpReports reports, FollowUpReportPdf pdfs, PublishedMeetings meetings,
                     CaseDirectory cases) {
        this.followUps = followUps;
        this.reports = reports;
        this.pdfs = pdfs;
        this.meetings = meetings;
        this.cases = cases;
    }

    /** Every public report of the municipality, newest year first. */
    @Transactional(readOnly = true)
    public List<PublishedReport> reports(long municipalityId) {
        Map<Long, Instant> explicit = followUps.publishedReports(municipalityId);
        Map<Long, Instant> decided = meetings.decidedCases(municipalityId);
        List<PublishedReport> out = new ArrayList<>();
        for (FollowUp f : followUps.listFollowUps(municipalityId)) {
            publication(municipalityId, f, explicit, decided).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(PublishedReport::year).reversed().thenComparing(PublishedReport::followUpId));
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReport> report(long municipalityId, long followUpId) {
        // looked up in the list: a missing id must not throw inside this transaction (it would mark it rollback-only)
        Optional<FollowUp> f = followUps.listFollowUps(municipalityId).stream().filter(x -> x.id() == followUpId).findFirst();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return publication(municipalityId, f.get(), followUps.publishedReports(municipalityId),
                meetings.decidedCases(municipalityId));
    }

    /** The report's content; 404 unless the report is public. */
    @Transactional(readOnly = true)
    public FollowUpReport model(long municipalityId, long followUpId) {
        require(municipalityId, followUpId);
        return reports.assemble(municipalityId, followUpId);
    }

    /** The report as PDF/A-2u + PDF/UA-1; empty unless the report is public. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long municipalityId, long followUpId) {
        Optional<PublishedReport> r = report(municipalityId, followUpId);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        String key = municipalityId + ":" + followUps.followUp(municipalityId, followUpId).version() + ":"
                + r.get().caseNumber();
        CachedPdf cached = pdfCache.get(followUpId);
        if (cached == null || !cached.key().equals(key)) {
            cached = new CachedPdf(key, pdfs.renderPdf(municipalityId, followUpId));
            pdfCache.put(followUpId, cached);
        }
        return Optional.of(cached.bytes());
    }

    private PublishedReport require(long municipalityId, long followUpId) {
        return report(municipalityId, followUpId).orElseThrow(() -> new NotFoundException("Report", followUpId));
    }

    private Optional<PublishedReport> publication(long m, FollowUp f, Map<Long, Instant> explicit,
                                                  Map<Long, Instant> decided) {
        if (f.status() != FollowUpStatus.APPROVED || f.superseded()) {
            return Optional.empty();
        }
        String caseNumber = followUps.caseNumberOf(m, f.id()).orElse(null);
        Instant decidedAt = null;
        if (caseNumber != null) {
            Optional<CaseRef> c = cases.findCaseByNumber(m, caseNumber);
            if (c.isPresent()) {
                decidedAt = decided.get(c.get().id());
            }
        }
        Instant at = decidedAt != null ? decidedAt : explicit.get(f.id());
        if (at == null) {
            return Optional.empty();
        }
        String title = reports.assemble(m, f.id()).title();
        return Optional.of(new PublishedReport(f.id(), f.year(), title, caseNumber, at,
                decidedAt != null ? DECISION_ADJUSTED : EXPLICIT));
    }
}
