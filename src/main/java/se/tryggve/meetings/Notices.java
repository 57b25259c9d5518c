package se.tryggve.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;
import se.tryggve.shared.calendar.NoticeDates;
import se.tryggve.shared.calendar.NoticeWarning;

/**
 * The official notice board (anslagstavla): announcing that minutes have been adjusted, KL 8 kap. 12 §.
 * The appeal time of KL 13 kap. 5 § runs from the day of the announcement, so its dates are computed
 * (lag 1930:173 for the last day) and kept with the notice exactly as announced.
 */
@Service
public class Notices {

    /** Dates of adjustment are Swedish calendar days. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Meetings meetings;
    private final SecretaryOfBody secretaryOfBody;
    private final NoticeStore store;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notices(Meetings meetings, NoticeStore store, Municipalities municipalities, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, SecretaryOfBody secretaryOfBody) {
        this.secretaryOfBody = secretaryOfBody;
        this.meetings = meetings;
        this.store = store;
        this.municipalities = municipalities;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Posts with the default place where the minutes are kept, recorded as posted by the system. */
    @Transactional
    public Notice postNotice(long m, long meetingId, LocalDate postedOn) {
        return postNotice(m, meetingId, postedOn, null, "system");
    }

    /**
     * Announces the adjusted minutes of a meeting. Refused before the minutes are adjusted (there is
     * nothing to announce) and when the meeting already has a notice (a notice is never changed; use
     * {@link #correctNotice}). Late adjustment or posting is recorded as a warning, not refused: the
     * notice states what happened.
     */
    @Transactional
    public Notice postNotice(long m, long meetingId, LocalDate postedOn, String keptAt, String postedBy) {
        MeetingView meeting = meetings.findMeeting(m, meetingId);
        if (!store.forMeeting(m, meetingId).isEmpty()) {
            throw new RuleViolationException("postedOn", "minutes.notice.alreadyPosted");
        }
        return post(m, meeting, null, postedOn, keptAt, postedBy);
    }

    /** A corrected notice: a new notice that replaces the given one, which stays as it was announced. */
    @Transactional
    public Notice correctNotice(long m, long noticeId, LocalDate postedOn, String keptAt, String postedBy) {
        Notice old = findNotice(m, noticeId);
        MeetingView meeting = meetings.findMeeting(m, old.meetingId());
        return post(m, meeting, old.id(), postedOn, keptAt, postedBy);
    }

    private Notice post(long m, MeetingView meeting, Long replaces, LocalDate postedOn, String keptAt, String postedBy) {
        secretaryOfBody.require(m, meeting.bodyId());
        if (!meeting.adjusted() || meeting.adjustedAt() == null) {
            throw new RuleViolationException(null, "minutes.notice.notAdjusted");
        }
        if (postedOn == null) {
            throw new RuleViolationException("postedOn", "minutes.notice.postedOn.required");
        }
        LocalDate adjustedOn = meeting.adjustedAt().atZone(SWEDEN).toLocalDate();
        if (postedOn.isBefore(adjustedOn)) {
            throw new RuleViolationException("postedOn", "minutes.notice.beforeAdjustment", adjustedOn);
        }
        var municipality = municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m));
        String place = keptAt == null || keptAt.isBlank()
                ? messages.getMessage("minutes.notice.keptAt.default", new Object[] {municipality.name()}, Minutes.SWEDISH)
                : keptAt.strip();
        if (place.length() > 300) {
            throw new RuleViolationException("keptAt", "minutes.notice.keptAt.tooLong");
        }
        List<Notice.Warning> warnings = new ArrayList<>();
        for (NoticeWarning w : NoticeDates.warnings(meeting.meetingDate(), adjustedOn, postedOn)) {
            List<LocalDate> dates = new ArrayList<>();
            for (Object a : w.args()) {
                if (a instanceof LocalDate d) {
                    dates.add(d);
                }
            }
            warnings.add(new Notice.Warning(w.messageKey(), dates));
        }
        Notice draft = new Notice(0, meeting.id(), replaces, municipality.name(), meeting.bodyName(),
                meeting.meetingDate(), concerns(meeting), adjustedOn, postedOn, NoticeDates.takeDownDate(postedOn),
                NoticeDates.lastDayOfAppeal(postedOn), place, warnings, postedBy, clock.instant());
        long id = store.insert(m, draft);
        events.publishEvent(StateChanged.of(m, "Notice", id, replaces == null ? "posted" : "corrected")
                .value("meetingId", meeting.id()).value("postedOn", postedOn)
                .value("lastDayOfAppeal", draft.lastDayOfAppeal()).value("takeDownOn", draft.takeDownOn())
                .value("replacesNoticeId", replaces).build());
        return findNotice(m, id);
    }

    @Transactional(readOnly = true)
    public Notice findNotice(long m, long id) {
        return store.find(m, id).orElseThrow(() -> new NotFoundException("Notice", id));
    }

    @Transactional(readOnly = true)
    public List<Notice> noticesOfMeeting(long m, long meetingId) {
        return store.forMeeting(m, meetingId);
    }

    /** The public board: every notice, newest first (all municipalities, or one when m is given). */
    @Transactional(readOnly = true)
    public List<Notice> board(Long m) {
        return store.all(m);
    }

    /**
     * The public board of one municipality given by its code (the four-digit kommunkod of SCB, e.g.
     * 0126), or of all when the code is blank. A malformed code is a bad request; an unknown one is
     * not found.
     */
    @Transactional(readOnly = true)
    public List<Notice> board(String municipalityCode, String field) {
        return store.all(municipalityByCode(municipalityCode, field).map(Municipalities.Municipality::id).orElse(null));
    }

    /** The municipality of a code on the board; empty for a blank code. */
    @Transactional(readOnly = true)
    public java.util.Optional<Municipalities.Municipality> municipalityByCode(String code, String field) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        if (!code.matches("\\d{4}")) {
            throw new se.tryggve.shared.RuleViolationException(field, "minutes.board.municipality.invalid");
        }
        return java.util.Optional.of(municipalities.findByCode(code)
                .orElseThrow(() -> new NotFoundException("Municipality", code)));
    }

    /** The municipalities that may be chosen on the public board. */
    @Transactional(readOnly = true)
    public List<Municipalities.Municipality> boardMunicipalities() {
        return municipalities.listMunicipalities();
    }

    /** A notice of the public board by id, and the municipality it belongs to. */
    @Transactional(readOnly = true)
    public PublicNotice findPublicNotice(long id) {
        Notice n = store.findPublic(id).orElseThrow(() -> new NotFoundException("Notice", id));
        return new PublicNotice(store.municipalityOf(id).orElseThrow(() -> new NotFoundException("Notice", id)), n);
    }

    public record PublicNotice(long municipalityId, Notice notice) {
    }

    /** What the notice concerns: the minutes of the meeting and the paragraphs in them. */
    private String concerns(MeetingView meeting) {
        var ps = meeting.paragraphs();
        String date = Minutes.date(meeting.meetingDate());
        if (ps.isEmpty()) {
            return messages.getMessage("minutes.notice.concerns.none", new Object[] {date}, Minutes.SWEDISH);
        }
        String range = ps.size() == 1 ? ps.get(0).label() : ps.get(0).label() + " – " + ps.get(ps.size() - 1).label();
        return messages.getMessage("minutes.notice.concerns", new Object[] {date, range}, Minutes.SWEDISH);
    }
}
