package se.tryggve.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;

/**
 * The public portal, without login (offentlighetsprincipen, TF 2 kap.): the municipalities of the installation,
 * each one's start page, its adopted governing documents, its incident statistics and the accessibility
 * statement. Swedish, bookmarkable URLs under {@code /kommun/{kod}} (SCB's kommunkod). Only what is published is
 * read: adopted documents, aggregated counts with 1–4 suppressed, notices already on the official board.
 */
@Controller
class PortalPages {

    /** How many of the latest notices the start page shows; the board itself has them all. */
    static final int LATEST = 5;

    private final PortalMunicipalities municipalities;
    private final GovernanceQueries governance;
    private final PublishedDocuments documents;
    private final PublishedMeetings meetings;
    private final Notices notices;
    private final PortalStatistics statistics;
    private final MessageSource messages;
    private final String accessibilityContact;
    private final LocalDate assessedOn;

    PortalPages(PortalMunicipalities municipalities, GovernanceQueries governance, PublishedDocuments documents,
                PublishedMeetings meetings, Notices notices,
                PortalStatistics statistics, MessageSource messages,
                @Value("${tryggve.publication.accessibility.contact:}") String accessibilityContact,
                @Value("${tryggve.publication.accessibility.assessed-on:2026-12-02}") LocalDate assessedOn) {
        this.municipalities = municipalities;
        this.governance = governance;
        this.documents = documents;
        this.meetings = meetings;
        this.notices = notices;
        this.statistics = statistics;
        this.messages = messages;
        this.accessibilityContact = accessibilityContact == null || accessibilityContact.isBlank() ? null : accessibilityContact.strip();
        this.assessedOn = assessedOn;
    }

    @GetMapping("/kommun")
    String municipalities(Model model) {
        model.addAttribute("municipalities", municipalities.all());
        return "publication/municipalities";
    }

    @GetMapping("/kommun/{kod}")
    String start(@PathVariable String kod, Model model) {
        Municipality mu = municipalities.byCode(kod);
        model.addAttribute("mu", mu);
        List<Notice> board = notices.board(mu.id());
        model.addAttribute("notices", board.subList(0, Math.min(LATEST, board.size())));
        // the latest adjusted minutes, by when they were adjusted
        model.addAttribute("latestMinutes", meetings.meetings(mu.id()).stream().filter(PublishedMeetings.PublicMeeting::adjusted)
                .sorted(Comparator.comparing(PublishedMeetings.PublicMeeting::adjustedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(PublishedMeetings.PublicMeeting::date, Comparator.reverseOrder()))
                .limit(LATEST).toList());
        return "publication/start";
    }

    @GetMapping("/kommun/{kod}/styrdokument")
    String documents(@PathVariable String kod, Model model) {
        Municipality mu = municipalities.byCode(kod);
        model.addAttribute("mu", mu);
        model.addAttribute("documents", adopted(mu.id()));
        return "publication/documents";
    }

    @GetMapping("/kommun/{kod}/styrdokument/{id}")
    String document(@PathVariable String kod, @PathVariable long id, Model model) {
        Municipality mu = municipalities.byCode(kod);
        // only adopted documents: a draft is the administration's working paper, an expired one no longer applies
        documents.document(mu.id(), id).orElseThrow(() -> new NotFoundException("GoverningDocument", id));
        model.addAttribute("mu", mu);
        model.addAttribute("overview", governance.overview(mu.id(), id));
        return "publication/document";
    }

    @GetMapping("/kommun/{kod}/statistik")
    String statistics(@PathVariable String kod, @RequestParam(name = "ar", required = false) Integer year, Model model,
                      Locale locale) {
        Municipality mu = municipalities.byCode(kod);
        PortalStatistics.Published published = statistics.published(mu.id(), year,
                messages.getMessage("publication.statistics.unknownDistrict", null, locale));
        if (year != null && published.byCategory().isEmpty()) {
            throw new NotFoundException("Year", year);
        }
        model.addAttribute("mu", mu);
        model.addAttribute("stats", published);
        return "publication/statistics";
    }

    /**
     * The accessibility statement that lag (2018:1937) om tillgänglighet till digital offentlig service 12 §
     * requires, after DIGG's model: status against WCAG 2.1 AA (EN 301 549), known gaps, how to report a problem
     * (a functional contact, never a person's address) and the supervisory authority.
     */
    @GetMapping("/tillganglighet")
    String accessibility(Model model) {
        model.addAttribute("contact", accessibilityContact);
        model.addAttribute("contactIsMail", accessibilityContact != null && accessibilityContact.contains("@")
                && !accessibilityContact.startsWith("http"));
        model.addAttribute("assessedOn", assessedOn);
        return "publication/accessibility";
    }

    /** The adopted governing documents, newest period first. */
    private List<GoverningDocument> adopted(long m) {
        return documents.documents(m).stream()
                .sorted(Comparator.comparing((GoverningDocument d) -> d.period().from()).reversed()).toList();
    }
}
