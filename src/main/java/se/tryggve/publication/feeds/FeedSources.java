package se.tryggve.publication.feeds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.meetings.PublishedMeetings;
import se.tryggve.shared.SwedishDates;

/**
 * What the feeds publish, read through the meetings module's published reads ({@link PublishedMeetings}): every
 * meeting (body, date, times, place — what a summons announces, KL 6 kap. 19 §), whether its minutes are adjusted,
 * and the notices already on the official notice board. Nothing else of a meeting is read.
 */
@Component
class FeedSources {

    /** A meeting as the feeds show it. */
    record FeedMeeting(long id, String bodyName, LocalDate date, String startTime, String endTime, String place,
                       boolean adjusted, Instant adjustedAt, Instant modified) {
    }

    private final PublishedMeetings meetings;
    private final Notices notices;
    private final Clock clock;

    FeedSources(PublishedMeetings meetings, Notices notices, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every meeting of the municipality, newest first. */
    @Transactional(readOnly = true)
    List<FeedMeeting> meetings(long m) {
        return meetings.meetings(m).stream().map(v -> new FeedMeeting(v.id(), v.bodyName(), v.date(), v.startTime(),
                v.endTime(), v.place(), v.adjusted(), v.adjustedAt(), v.modified() != null ? v.modified() : v.created()))
                .sorted((a, b) -> b.date().compareTo(a.date())).toList();
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
