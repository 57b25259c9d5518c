package se.tryggve.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.ArchivalPdf;
import se.tryggve.shared.NotFoundException;

/**
 * The minutes of a meeting and the protocol extract of one paragraph as documents: standalone XHTML
 * (the API's HTML and the source of the PDF), PDF/A-2u + PDF/UA-1 for archiving, and Word.
 */
@Component
class MinutesDocuments {

    static final String MINUTES = "meetings/minutes";
    static final String EXTRACT = "meetings/extract";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The documents' styles: linked on screen (the CSP forbids inline styles), inlined in the PDF. */
    private static final String CSS = readCss();

    private final Meetings meetings;
    private final Notices notices;
    private final Municipalities municipalities;
    private final ITemplateEngine templates;

    private final Minutes.Wording wording;

    MinutesDocuments(Meetings meetings, Notices notices, Municipalities municipalities, ITemplateEngine templates,
                     org.springframework.context.MessageSource messages) {
        this.wording = new Minutes.Wording(messages);
        this.meetings = meetings;
        this.notices = notices;
        this.municipalities = municipalities;
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    Minutes minutes(long m, long meetingId) {
        MeetingView meeting = meetings.findMeeting(m, meetingId);
        List<ParagraphView> paragraphs = new ArrayList<>();
        for (MeetingView.ParagraphSummary s : meeting.paragraphs()) {
            paragraphs.add(meetings.findParagraph(m, s.id()));
        }
        List<Notice> posted = notices.noticesOfMeeting(m, meetingId);
        Optional<Notice> notice = posted.isEmpty() ? Optional.empty() : Optional.of(posted.get(posted.size() - 1));
        return new Minutes(municipalityName(m), meeting, paragraphs, notice);
    }

    @Transactional(readOnly = true)
    Minutes extract(long m, long paragraphId) {
        ParagraphView p = meetings.findParagraph(m, paragraphId);
        MeetingView meeting = meetings.findMeeting(m, p.meetingId());
        return new Minutes(municipalityName(m), meeting, List.of(p), Optional.empty());
    }

    private String municipalityName(long m) {
        return municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).name();
    }

    /** The model of the template, for the standalone document and for the page that includes its content. */
    Map<String, Object> model(Minutes minutes, boolean pdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", minutes);
        model.put("w", wording);
        model.put("pdf", pdf);
        model.put("css", CSS);
        return model;
    }

    Minutes.Wording wording() {
        return wording;
    }

    String html(String template, Minutes minutes, boolean pdf) {
        return templates.process(template, new Context(Minutes.SWEDISH, model(minutes, pdf)));
    }

    byte[] pdf(String template, Minutes minutes) {
        byte[] pdf = ArchivalPdf.fromXhtml(html(template, minutes, true));
        se.tryggve.shared.OperationalMetrics.reportGenerated(EXTRACT.equals(template) ? "extract" : "minutes", "pdf");
        return pdf;
    }

    private static String readCss() {
        try (var in = MinutesDocuments.class.getResourceAsStream("/static/css/minutes.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/minutes.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
