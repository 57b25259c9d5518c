package se.tryggve.publication.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.SwedishDates;

/**
 * What is searchable: exactly what the portal shows, read through the owning modules' published-read
 * services. Adopted governing documents with their areas, goals and indicators; meetings (body, date,
 * place); notices on the official notice board once posted.
 */
@Component
class SearchSources {

    private final GovernanceQueries governance;
    private final Meetings meetings;
    private final Notices notices;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    SearchSources(GovernanceQueries governance, Meetings meetings, Notices notices, Clock clock,
                  org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.governance = governance;
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SearchIndex.Entry> entries(Municipality mu) {
        List<SearchIndex.Entry> out = new ArrayList<>();
        documents(mu, out);
        meetings(mu, out);
        notices(mu, out);
        return out;
    }

    private static String base(Municipality mu) {
        return "/kommun/" + mu.code();
    }

    private void documents(Municipality mu, List<SearchIndex.Entry> out) {
        for (GoverningDocument d : governance.listDocuments(mu.id())) {
            if (d.status() != DocumentStatus.ADOPTED) {
                continue;
            }
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

    private void meetings(Municipality mu, List<SearchIndex.Entry> out) {
        meetings.listMeetings(mu.id(), null).forEach(mt -> out.add(new SearchIndex.Entry("MEETING", String.valueOf(mt.id()),
                base(mu) + "/sammantraden/" + mt.id(), mt.bodyName() + " " + SwedishDates.date(mt.meetingDate()),
                mt.place() == null ? "" : mt.place(), mt.meetingDate(), null)));
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
