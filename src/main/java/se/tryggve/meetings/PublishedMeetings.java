package se.tryggve.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of the meetings, for the portal, the OParl API, search and feeds (issue 7). The rules
 * live here, with the minutes, so that no reader can get them wrong:
 * <ul>
 *   <li>a meeting's date, body and place are public (the notice of the meeting is, KL 6 kap. 19 §, 8 kap. 9 §);</li>
 *   <li>the agenda lists the paragraphs with number, title and case number;</li>
 *   <li>decisions, votes, reservations and notes become public when the paragraph is adjusted — the whole
 *       minutes adjusted, or the paragraph adjusted immediately (KL 5 kap. 69 §, 6 kap. 30 §);</li>
 *   <li>a paragraph marked confidential is masked everywhere: title, case and texts are replaced by the
 *       statement that it is secret, with the legal ground (OSL 2009:400);</li>
 *   <li>the public minutes PDF exists only for adjusted minutes and masks the same way.</li>
 * </ul>
 * Contact details are never part of these records. Names of members, chair and adjusters are public in minutes.
 */
@Service
public class PublishedMeetings {

    /** The title shown instead of a confidential paragraph's own. */
    public static final String MASKED_TITLE = "Sekretessbelagt ärende";

    public record PublicMeeting(long id, long bodyId, String bodyName, LocalDate date, String startTime, String endTime,
                                String place, boolean adjusted, Instant adjustedAt, Instant created, Instant modified) {
    }

    public record PublicVote(String proposition, String jaMeans, String nejMeans, int ja, int nej, int avstar) {
    }

    /**
     * One paragraph as the public sees it. {@code decision}, {@code summary}, votes, reservations and notes are
     * empty until the paragraph is adjusted; for a confidential paragraph the title is {@link #MASKED_TITLE},
     * the case is not named and only the ground is given.
     */
    public record PublicParagraph(long id, long meetingId, int number, String label, String title, String caseNumber,
                                  Long caseId, boolean confidential, String confidentialityGround, boolean adjusted,
                                  String decision, String summary, Instant created, Instant modified,
                                  List<PublicVote> votes, List<String> reservations, List<String> notes) {
    }

    private final Meetings meetings;
    private final MeetingStore store;
    private final MinutesDocuments documents;

    PublishedMeetings(Meetings meetings, MeetingStore store, MinutesDocuments documents) {
        this.meetings = meetings;
        this.store = store;
        this.documents = documents;
    }

    /** Every meeting of the municipality, newest first. */
    @Transactional(readOnly = true)
    public List<PublicMeeting> meetings(long municipalityId) {
        Map<Long, MeetingStore.MeetingTimes> times = store.meetingTimes(municipalityId);
        Map<Long, String> bodyNames = meetings.listMeetings(municipalityId, null).stream()
                .collect(Collectors.toMap(MeetingSummary::id, MeetingSummary::bodyName, (a, b) -> a, LinkedHashMap::new));
        List<PublicMeeting> out = new ArrayList<>();
        for (MeetingStore.MeetingRow row : store.listMeetings(municipalityId, null)) {
            out.add(toPublic(row, bodyNames.get(row.id()), times.get(row.id())));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<PublicMeeting> meeting(long municipalityId, long meetingId) {
        Optional<MeetingStore.MeetingRow> row = store.findMeeting(municipalityId, meetingId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        MeetingView view = meetings.findMeeting(municipalityId, meetingId);
        return Optional.of(toPublic(row.get(), view.bodyName(), store.meetingTimes(municipalityId).get(meetingId)));
    }

    /** The paragraphs of a meeting as the public sees them, in order. */
    @Transactional(readOnly = true)
    public List<PublicParagraph> agenda(long municipalityId, long meetingId) {
        Optional<MeetingStore.MeetingRow> meeting = store.findMeeting(municipalityId, meetingId);
        if (meeting.isEmpty()) {
            return List.of();
        }
        Map<Long, MeetingStore.PublicFacts> facts = store.publicFacts(municipalityId, meetingId);
        boolean minutesAdjusted = meeting.get().status() == MeetingStatus.ADJUSTED;
        List<PublicParagraph> out = new ArrayList<>();
        for (MeetingStore.ParagraphRow row : store.paragraphs(municipalityId, meetingId)) {
            ParagraphView p = meetings.findParagraph(municipalityId, row.id());
            out.add(toPublic(p, minutesAdjusted, facts.get(row.id())));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<PublicParagraph> paragraph(long municipalityId, long paragraphId) {
        Optional<MeetingStore.ParagraphRow> row = store.findParagraph(municipalityId, paragraphId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        MeetingStore.MeetingRow meeting = store.findMeeting(municipalityId, row.get().meetingId()).orElseThrow();
        ParagraphView p = meetings.findParagraph(municipalityId, paragraphId);
        return Optional.of(toPublic(p, meeting.status() == MeetingStatus.ADJUSTED,
                store.publicFacts(municipalityId, meeting.id()).get(paragraphId)));
    }

    /**
     * The cases decided in adjusted paragraphs that are not confidential: case id → the time the decision was
     * adjusted (the first, if several). The publication module publishes a follow-up report by this.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> decidedCases(long municipalityId) {
        return store.decidedCases(municipalityId);
    }

    /** The public minutes (PDF/A-2u, PDF/UA-1) of adjusted minutes, confidential paragraphs masked; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<byte[]> minutesPdf(long municipalityId, long meetingId) {
        Optional<MeetingStore.MeetingRow> meeting = store.findMeeting(municipalityId, meetingId);
        if (meeting.isEmpty() || meeting.get().status() != MeetingStatus.ADJUSTED) {
            return Optional.empty();
        }
        Minutes full = documents.minutes(municipalityId, meetingId);
        Map<Long, MeetingStore.PublicFacts> facts = store.publicFacts(municipalityId, meetingId);
        List<ParagraphView> masked = full.paragraphs().stream().map(p -> masked(p, facts.get(p.id()))).toList();
        return Optional.of(documents.pdf(MinutesDocuments.MINUTES,
                new Minutes(full.municipalityName(), full.meeting(), masked, full.notice())));
    }

    /** The public protocol extract of an adjusted paragraph, masked if confidential; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<byte[]> extractPdf(long municipalityId, long paragraphId) {
        Optional<MeetingStore.ParagraphRow> row = store.findParagraph(municipalityId, paragraphId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        MeetingStore.MeetingRow meeting = store.findMeeting(municipalityId, row.get().meetingId()).orElseThrow();
        if (meeting.status() != MeetingStatus.ADJUSTED && !row.get().adjusted()) {
            return Optional.empty();
        }
        Minutes extract = documents.extract(municipalityId, paragraphId);
        MeetingStore.PublicFacts f = store.publicFacts(municipalityId, meeting.id()).get(paragraphId);
        return Optional.of(documents.pdf(MinutesDocuments.EXTRACT, new Minutes(extract.municipalityName(),
                extract.meeting(), List.of(masked(extract.paragraphs().get(0), f)), extract.notice())));
    }

    /** The statement that replaces a confidential paragraph's content. */
    public static String maskedStatement(String ground) {
        return "Uppgifterna i paragrafen omfattas av sekretess enligt " + ground
                + " och visas inte i den publicerade versionen.";
    }

    private static PublicMeeting toPublic(MeetingStore.MeetingRow row, String bodyName, MeetingStore.MeetingTimes t) {
        return new PublicMeeting(row.id(), row.bodyId(), bodyName, row.meetingDate(), row.startTime(), row.endTime(),
                row.place(), row.status() == MeetingStatus.ADJUSTED, row.adjustedAt(),
                t == null ? null : t.created(), t == null ? null : t.modified());
    }

    private PublicParagraph toPublic(ParagraphView p, boolean minutesAdjusted, MeetingStore.PublicFacts f) {
        boolean confidential = f != null && f.confidential();
        boolean adjusted = minutesAdjusted || p.adjusted();
        Instant created = f == null ? null : f.created();
        Instant modified = f == null ? null : f.modified();
        if (confidential) {
            return new PublicParagraph(p.id(), p.meetingId(), p.number(), p.label(), MASKED_TITLE, null, null, true,
                    f.ground(), adjusted, null, adjusted ? maskedStatement(f.ground()) : null, created, modified,
                    List.of(), List.of(), List.of());
        }
        if (!adjusted) {
            return new PublicParagraph(p.id(), p.meetingId(), p.number(), p.label(), p.title(), p.caseNumber(),
                    p.caseId(), false, null, false, null, null, created, modified, List.of(), List.of(), List.of());
        }
        Minutes.Wording w = documents.wording();
        String decision = p.items(ItemKind.POINT).stream().map(ParagraphView.ItemView::text)
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
        if (decision.isBlank()) {
            decision = p.proposedDecision();
        }
        List<PublicVote> votes = p.votes().stream()
                .map(v -> new PublicVote(v.proposition(), v.jaMeans(), v.nejMeans(), v.ja(), v.nej(), v.avstar())).toList();
        List<String> reservations = p.items(ItemKind.RESERVATION).stream().map(w::reservation).toList();
        List<String> notes = p.items(ItemKind.NOTE).stream().map(w::note).toList();
        return new PublicParagraph(p.id(), p.meetingId(), p.number(), p.label(), p.title(), p.caseNumber(), p.caseId(),
                false, null, true, decision, p.summary(), created, modified, votes, reservations, notes);
    }

    /** A confidential paragraph with its content replaced by the statement of secrecy; others unchanged. */
    private static ParagraphView masked(ParagraphView p, MeetingStore.PublicFacts f) {
        if (f == null || !f.confidential()) {
            return p;
        }
        return new ParagraphView(p.id(), p.meetingId(), p.label(), p.number(), MASKED_TITLE, null, null,
                p.decisionType(), null, null, null, null, maskedStatement(f.ground()), null, null,
                p.immediateAdjustment(), p.adjusted(), p.locked(), null, p.version(), Collections.emptyList(),
                Collections.emptyList());
    }
}
