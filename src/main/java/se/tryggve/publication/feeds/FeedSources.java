package se.tryggve.publication.feeds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.meetings.MeetingView;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.shared.SwedishDates;

/**
 * What the feeds publish, read through the meetings module's public services: every meeting (body, date,
 * times, place — what a summons announces), adjusted minutes, and the notices already on the official notice
 * board. Nothing else of a meeting is read.
 */
@Component
class FeedSources {

    /** A meeting as the feeds show it. */
    record FeedMeeting(long id, String bodyName, LocalDate date, String startTime, String endTime, String place,
                       boolean adjusted, Instant adjustedAt) {
    }

    private final Meetings meetings;
    private final Notices notices;
    private final Clock clock;

    FeedSources(Meetings meetings, Notices notices, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every meeting of the municipality, newest first. */
    @Transactional(readOnly = true)
    List<FeedMeeting> meetings(long m) {
        return meetings.listMeetings(m, null).stream().map(s -> {
            MeetingView v = meetings.findMeeting(m, s.id());
            return new FeedMeeting(v.id(), v.bodyName(), v.meetingDate(), v.startTime(), v.endTime(), v.place(), v.adjusted(),
                    v.adjustedAt());
        }).sorted((a, b) -> b.date().compareTo(a.date())).toList();
    }

    /** The notices already posted (none before the day it goes up), newest first. */
    @Transactional(readOnly = true)
    List<Notice> notices(long m) {
        LocalDate today = LocalDate.now(clock.withZone(SwedishDates.SWEDEN));
        return notices.board(m).stream().filter(n -> !n.postedOn().isAfter(today)).toList();
    }

    Instant now() {
        return clock.instant();
    }
}
