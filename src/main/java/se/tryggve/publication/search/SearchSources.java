package se.tryggve.publication.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.followup.FollowUpReport;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.publication.PublishedDocuments;
import se.tryggve.publication.PublishedReports;
import se.tryggve.shared.SwedishDates;

/**
 * What is searchable: exactly what the portal shows, read through the published-read services. Adopted governing
 * documents with their areas, goals and indicators ({@link PublishedDocuments}); published follow-up reports
 * (summary, note on the year, goals, the departments' judgement texts; {@link PublishedReports}); meetings (body,
 * date, place) and their agenda paragraphs — decisions and summaries only once adjusted, a confidential paragraph
 * only as its masked title and legal ground ({@link PublishedMeetings}); notices on the official notice board once
 * posted. Nothing else.
 */
@Component
class SearchSources {

    private final PublishedDocuments documents;
    private final GovernanceQueries governance;
    private final PublishedReports reports;
    private final PublishedMeetings meetings;
    private final Notices notices;
    private final Clock clock;
    private final MessageSource messages;

    SearchSources(PublishedDocuments documents, GovernanceQueries governance, PublishedReports reports,
                  PublishedMeetings meetings, Notices notices, Clock clock, MessageSource messages) {
        this.documents = documents;
        this.governance = governance;
        this.reports = reports;
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<SearchIndex.Entry> entries(Municipality mu) {
        List<SearchIndex.Entry> out = new ArrayList<>();
        documents(mu, out);
        reports(mu, out);
        meetings(mu, out);
        notices(mu, out);
        return out;
    }

    private static String base(Municipality mu) {
        return "/kommun/" + mu.code();
    }

    private void documents(Municipality mu, List<SearchIndex.Entry> out) {
        for (GoverningDocument d : documents.documents(mu.id())) {
            StringBuilder text = new StringBuilder();
            append(text, d.overarchingGoal());
            governance.areas(mu.id(), d.id()).forEach(a -> {
                append(text, a.title());
                append(text, a.subGoal());
            });
            governance.goals(mu.id(), d.id()).forEach(g -> {
                append(text, g.title());
                append(text, g.description());
            });
            governance.indicators(mu.id(), d.id()).forEach(i -> append(text, i.name()));
            out.add(new SearchIndex.Entry("DOCUMENT", String.valueOf(d.id()), base(mu) + "/styrdokument/" + d.id(), d.title(),
                    text.toString().strip(), d.decision() == null ? null : d.decision().date(), null));
        }
    }

    private void reports(Municipality mu, List<SearchIndex.Entry> out) {
        for (PublishedReports.PublishedReport r : reports.reports(mu.id())) {
            FollowUpReport model = reports.model(mu.id(), r.followUpId());
            StringBuilder text = new StringBuilder();
            append(text, model.summary());
            append(text, model.noteOnYear());
            for (FollowUpReport.AreaSection a : model.areas()) {
                append(text, a.title());
                for (FollowUpReport.GoalSection g : a.goals()) {
                    append(text, g.title());
                    g.work().forEach(w -> append(text, w.text()));
                }
            }
            model.indicators().forEach(i -> append(text, i.name()));
            out.add(new SearchIndex.Entry("REPORT", String.valueOf(r.followUpId()), base(mu) + "/uppfoljningar/" + r.followUpId(),
                    r.title(), text.toString().strip(), r.publishedAt().atZone(SwedishDates.SWEDEN).toLocalDate(), r.publishedAt()));
        }
    }

    private void meetings(Municipality mu, List<SearchIndex.Entry> out) {
        for (PublishedMeetings.PublicMeeting mt : meetings.meetings(mu.id())) {
            String page = base(mu) + "/sammantraden/" + mt.id();
            String when = SwedishDates.date(mt.date());
            out.add(new SearchIndex.Entry("MEETING", String.valueOf(mt.id()), page, mt.bodyName() + " " + when,
                    mt.place() == null ? "" : mt.place(), mt.date(), mt.modified()));
            for (PublishedMeetings.PublicParagraph p : meetings.agenda(mu.id(), mt.id())) {
                StringBuilder text = new StringBuilder();
                if (p.confidential()) {
                    // only what the portal shows of it: the masked title and the legal ground
                    append(text, PublishedMeetings.maskedStatement(p.confidentialityGround()));
                } else {
                    append(text, p.caseNumber());
                    append(text, p.summary());
                    append(text, p.decision());
                }
                append(text, mt.bodyName() + " " + when);
                out.add(new SearchIndex.Entry("PARAGRAPH", String.valueOf(p.id()), page + "#p" + p.id(),
                        p.label() + " " + p.title(), text.toString().strip(), mt.date(), p.modified()));
            }
        }
    }

    private void notices(Municipality mu, List<SearchIndex.Entry> out) {
        LocalDate today = LocalDate.now(clock.withZone(SwedishDates.SWEDEN));
        for (Notice n : notices.board(mu.id())) {
            if (n.postedOn().isAfter(today)) {
                continue; // not on the board yet: nothing of it is public before the day it goes up
            }
            out.add(new SearchIndex.Entry("NOTICE", String.valueOf(n.id()), "/anslagstavla?kommun=" + mu.code(),
                    messages.getMessage("publicationdata.search.noticeTitle",
                            new Object[] {n.bodyName(), SwedishDates.date(n.meetingDate())}, SwedishDates.SWEDISH),
                    n.concerns() + (n.keptAt() == null ? "" : "\n" + n.keptAt()), n.postedOn(), n.createdAt()));
        }
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            b.append(s.strip()).append('\n');
        }
    }
}
