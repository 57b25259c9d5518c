package se.tryggve.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;

/**
 * The published follow-up reports: a report is public when the coordinator published it or when the paragraph
 * deciding its case is adjusted ({@link PublishedReports}; KL 8 kap. 9 §). The HTML view renders the same report
 * model as the PDF, so the two cannot disagree; an unpublished report answers 404 like a missing one.
 */
@Controller
class PortalReportPages {

    private final PortalMunicipalities municipalities;
    private final PublishedReports reports;

    PortalReportPages(PortalMunicipalities municipalities, PublishedReports reports) {
        this.municipalities = municipalities;
        this.reports = reports;
    }

    @GetMapping("/kommun/{kod}/uppfoljningar")
    String reports(@PathVariable String kod, Model model) {
        Municipality mu = municipalities.byCode(kod);
        model.addAttribute("mu", mu);
        model.addAttribute("reports", reports.reports(mu.id()));
        return "publication/reports";
    }

    @GetMapping("/kommun/{kod}/uppfoljningar/{id}")
    String report(@PathVariable String kod, @PathVariable long id, Model model) {
        Municipality mu = municipalities.byCode(kod);
        PublishedReports.PublishedReport published = reports.report(mu.id(), id)
                .orElseThrow(() -> new NotFoundException("FollowUpReport", id));
        model.addAttribute("mu", mu);
        model.addAttribute("published", published);
        model.addAttribute("report", reports.model(mu.id(), id));
        return "publication/report";
    }

    @GetMapping("/kommun/{kod}/uppfoljningar/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kod, @PathVariable long id) {
        Municipality mu = municipalities.byCode(kod);
        byte[] pdf = reports.pdf(mu.id(), id).orElseThrow(() -> new NotFoundException("FollowUpReport", id));
        return PortalMeetingPages.pdf(pdf, "uppfoljning-" + id + ".pdf");
    }
}
