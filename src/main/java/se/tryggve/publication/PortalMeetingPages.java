package se.tryggve.publication;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.meetings.PublishedMeetings.PublicMeeting;
import se.tryggve.meetings.PublishedMeetings.PublicParagraph;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;

/**
 * The meetings on the portal: every meeting with its agenda (the notice of a meeting is public, KL 6 kap. 19 §);
 * decisions, votes, reservations and notes, the minutes and protocol extracts only once adjusted (KL 8 kap.
 * 12 §). Everything comes from {@link PublishedMeetings}, which masks a confidential paragraph with its legal
 * ground (OSL 2009:400); this controller never reads the minutes themselves.
 */
@Controller
class PortalMeetingPages {

    private final PortalMunicipalities municipalities;
    private final PublishedMeetings meetings;

    PortalMeetingPages(PortalMunicipalities municipalities, PublishedMeetings meetings) {
        this.municipalities = municipalities;
        this.meetings = meetings;
    }

    @GetMapping("/kommun/{kod}/sammantraden")
    String meetings(@PathVariable String kod, Model model) {
        Municipality mu = municipalities.byCode(kod);
        model.addAttribute("mu", mu);
        model.addAttribute("meetings", meetings.meetings(mu.id()));
        return "publication/meetings";
    }

    @GetMapping("/kommun/{kod}/sammantraden/{id}")
    String meeting(@PathVariable String kod, @PathVariable long id, Model model) {
        Municipality mu = municipalities.byCode(kod);
        PublicMeeting meeting = meetings.meeting(mu.id(), id).orElseThrow(() -> new NotFoundException("Meeting", id));
        List<PublicParagraph> agenda = meetings.agenda(mu.id(), id);
        model.addAttribute("mu", mu);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", agenda);
        return "publication/meeting";
    }

    /** The public minutes (PDF/A-2u, PDF/UA-1, confidential paragraphs masked); 404 until adjusted. */
    @GetMapping("/kommun/{kod}/sammantraden/{id}/protokoll.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String kod, @PathVariable long id) {
        Municipality mu = municipalities.byCode(kod);
        byte[] pdf = meetings.minutesPdf(mu.id(), id).orElseThrow(() -> new NotFoundException("Minutes", id));
        return pdf(pdf, "protokoll-" + id + ".pdf");
    }

    /** The public protocol extract of an adjusted paragraph; 404 until adjusted. */
    @GetMapping("/kommun/{kod}/sammantraden/{id}/paragrafer/{paragraphId}/utdrag.pdf")
    ResponseEntity<byte[]> extract(@PathVariable String kod, @PathVariable long id, @PathVariable long paragraphId) {
        Municipality mu = municipalities.byCode(kod);
        PublicParagraph p = meetings.paragraph(mu.id(), paragraphId).filter(x -> x.meetingId() == id)
                .orElseThrow(() -> new NotFoundException("Paragraph", paragraphId));
        byte[] pdf = meetings.extractPdf(mu.id(), p.id()).orElseThrow(() -> new NotFoundException("Extract", paragraphId));
        return pdf(pdf, "protokollsutdrag-" + id + "-" + p.number() + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(bytes);
    }
}
