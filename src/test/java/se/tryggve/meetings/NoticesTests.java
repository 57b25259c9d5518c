package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.calendar.NoticeDates;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class NoticesTests {

    @Autowired
    Notices notices;
    @Autowired
    Meetings meetings;
    @Autowired
    MinutesFixture fixture;

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(RuleViolationException.class).hasMessage(key);
    }

    @Test
    void noNoticeBeforeAdjustment() {
        var s = fixture.seeded(false);
        refused(() -> notices.postNotice(s.world().m(), s.meetingId(), LocalDate.now()), "minutes.notice.notAdjusted");
        assertThat(notices.noticesOfMeeting(s.world().m(), s.meetingId())).isEmpty();
    }

    @Test
    void datesAreComputedAndLateAdjustmentAndPostingAreWarned() {
        var s = fixture.seeded(true);
        LocalDate adjusted = meetings.findMeeting(s.world().m(), s.meetingId()).adjustedAt()
                .atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
        refused(() -> notices.postNotice(s.world().m(), s.meetingId(), adjusted.minusDays(1)),
                "minutes.notice.beforeAdjustment");
        LocalDate posted = adjusted.plusDays(10);
        Notice n = notices.postNotice(s.world().m(), s.meetingId(), posted, "Kommunkansliet, Stadshuset", "Anna");
        assertThat(n.postedOn()).isEqualTo(posted);
        assertThat(n.adjustedOn()).isEqualTo(adjusted);
        assertThat(n.lastDayOfAppeal()).isEqualTo(NoticeDates.lastDayOfAppeal(posted));
        assertThat(n.lastDayOfAppeal()).isAfterOrEqualTo(posted.plusWeeks(3));
        assertThat(n.takeDownOn()).isEqualTo(n.lastDayOfAppeal().plusDays(1));
        assertThat(n.keptAt()).isEqualTo("Kommunkansliet, Stadshuset");
        assertThat(n.concerns()).isEqualTo("Protokoll från sammanträdet 17 februari 2022, § 1 – § 2");
        // the meeting was in 2022 and adjusted today: far more than 14 days; posted 10 days after adjustment
        assertThat(n.warnings()).extracting(Notice.Warning::messageKey)
                .containsExactly("calendar.warning.adjustedLate", "calendar.warning.postedLate");
        assertThat(n.warnings().get(1).dates()).startsWith(posted, adjusted);
        // read back from the database as posted
        assertThat(notices.findNotice(s.world().m(), n.id())).isEqualTo(n);
    }

    @Test
    void aPostedNoticeIsImmutableAndACorrectionIsANewNotice() {
        var s = fixture.seeded(true);
        long m = s.world().m();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Notice first = notices.postNotice(m, s.meetingId(), today);
        refused(() -> notices.postNotice(m, s.meetingId(), today.plusDays(1)), "minutes.notice.alreadyPosted");
        Notice correction = notices.correctNotice(m, first.id(), today.plusDays(1), null, "Anna");
        assertThat(correction.id()).isNotEqualTo(first.id());
        assertThat(first.replacesNoticeId()).isNull();
        assertThat(correction.replacesNoticeId()).isEqualTo(first.id());
        assertThat(notices.findNotice(m, first.id())).isEqualTo(first);
        assertThat(notices.noticesOfMeeting(m, s.meetingId())).extracting(Notice::id)
                .containsExactly(first.id(), correction.id());
    }

    @Test
    void anotherMunicipalitysNoticeIsNotFound() {
        var s = fixture.seeded(true);
        Notice n = notices.postNotice(s.world().m(), s.meetingId(), LocalDate.now(ZoneId.of("Europe/Stockholm")));
        var other = fixture.seeded(false);
        assertThatThrownBy(() -> notices.findNotice(other.world().m(), n.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notices.correctNotice(other.world().m(), n.id(), LocalDate.now(), null, "x"))
                .isInstanceOf(NotFoundException.class);
    }
}
