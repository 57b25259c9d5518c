package se.tryggve.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The official notice board (anslagstavla), public without login: KL 8 kap. 9 § requires a notice
 * board open to everyone, and the appeal time of KL 13 kap. 5 § runs from the day a notice goes up.
 * The minutes announced there are public too.
 */
@Controller
class NoticePages {

    private final Notices notices;
    private final MinutesDocuments documents;
    private final java.time.Clock clock;
    private final PublishedMeetings published;

    NoticePages(Notices notices, MinutesDocuments documents, java.time.Clock clock, PublishedMeetings published) {
        this.notices = notices;
        this.documents = documents;
        this.clock = clock;
        this.published = published;
    }

    /**
     * The board of every municipality of the installation together, or of one ({@code ?kommun=0126}).
     * The choice of municipality is shown only when the installation serves more than one.
     */
    @GetMapping("/anslagstavla")
    String board(@RequestParam(name = "kommun", required = false) String kommun, Model model,
                 jakarta.servlet.http.HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock.withZone(Notices.SWEDEN));
        java.util.Optional<se.tryggve.organisation.Municipalities.Municipality> chosen;
        try {
            chosen = notices.municipalityByCode(kommun, "kommun");
        } catch (se.tryggve.shared.RuleViolationException e) {
            // a malformed code: say so above the whole board rather than an error page
            response.setStatus(400);
            model.addAttribute("boardError", e.messageKey());
            chosen = java.util.Optional.empty();
        }
        model.addAttribute("municipalities", selectable(notices.boardMunicipalities()));
        model.addAttribute("chosen", chosen.orElse(null));
        List<Notice> all = notices.board(chosen.map(se.tryggve.organisation.Municipalities.Municipality::id).orElse(null));
        model.addAttribute("current", all.stream().filter(n -> n.currentOn(today)).toList());
        model.addAttribute("past", all.stream().filter(n -> !n.takeDownOn().isAfter(today)).toList());
        model.addAttribute("w", documents.wording());
        return "meetings/notices";
    }

    /** The municipalities to choose among: none (no selector) when the installation serves only one. */
    static <T> List<T> selectable(List<T> municipalities) {
        return municipalities.size() > 1 ? municipalities : List.of();
    }

    @GetMapping("/anslagstavla/{id}/protokoll.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        Notices.PublicNotice n = notices.findPublicNotice(id);
        if (n.notice().postedOn().isAfter(LocalDate.now(clock.withZone(Notices.SWEDEN)))) {
            // not on the board yet: nothing is public before the day it goes up
            throw new se.tryggve.shared.NotFoundException("Notice", id);
        }
        // the public version: confidential paragraphs masked with their ground (OSL), as on the portal
        Minutes doc = documents.minutes(n.municipalityId(), n.notice().meetingId());
        byte[] pdf = published.minutesPdf(n.municipalityId(), n.notice().meetingId())
                .orElseThrow(() -> new se.tryggve.shared.NotFoundException("Notice", id));
        return MinutesApi.file(pdf, MediaType.APPLICATION_PDF, MinutesApi.minutesName(doc, "pdf"));
    }
}
