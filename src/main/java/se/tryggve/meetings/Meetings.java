package se.tryggve.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.cases.CaseDirectory;
import se.tryggve.cases.CaseRef;
import se.tryggve.organisation.BodyInfo;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.MembershipInfo;
import se.tryggve.organisation.MembershipRole;
import se.tryggve.organisation.Memberships;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.OfficialInfo;
import se.tryggve.organisation.Officials;
import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.organisation.People;
import se.tryggve.organisation.PersonInfo;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases on meetings and their minutes. Party and role of everyone named are taken from the
 * member register valid on the meeting date, never typed. Once the minutes are adjusted (or a
 * paragraph adjusted immediately), every use case that would change them refuses.
 */
@Service
public class Meetings {

    private final MeetingStore store;
    private final SecretaryOfBody secretaryOfBody;
    private final Bodies bodies;
    private final People people;
    private final Memberships memberships;
    private final Officials officials;
    private final Municipalities municipalities;
    private final CaseDirectory cases;
    private final se.tryggve.cases.Cases caseHistory;
    private final org.springframework.context.MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingStore store, Bodies bodies, People people, Memberships memberships, Officials officials,
             Municipalities municipalities, CaseDirectory cases, se.tryggve.cases.Cases caseHistory,
             org.springframework.context.MessageSource messages, ApplicationEventPublisher events, Clock clock, SecretaryOfBody secretaryOfBody) {
        this.secretaryOfBody = secretaryOfBody;
        this.store = store;
        this.bodies = bodies;
        this.people = people;
        this.memberships = memberships;
        this.officials = officials;
        this.municipalities = municipalities;
        this.cases = cases;
        this.caseHistory = caseHistory;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- meetings

    @Transactional(readOnly = true)
    public List<MeetingSummary> listMeetings(long m, Long bodyId) {
        Map<Long, String> names = bodyNames(m);
        return store.listMeetings(m, bodyId).stream()
                .map(r -> new MeetingSummary(r.id(), r.bodyId(), names.getOrDefault(r.bodyId(), ""), r.meetingDate(),
                        r.place(), r.status(), r.version())).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView findMeeting(long m, long id) {
        return view(m, loadMeeting(m, id));
    }

    @Transactional
    public MeetingView createMeeting(long m, MeetingInput in) {
        checkHeader(m, in);
        secretaryOfBody.require(m, in.bodyId());
        long id = store.insertMeeting(m, in);
        events.publishEvent(StateChanged.of(m, "Meeting", id, "created").value("bodyId", in.bodyId())
                .value("meetingDate", in.meetingDate()).value("place", in.place()).build());
        return findMeeting(m, id);
    }

    @Transactional
    public MeetingView updateMeeting(long m, long id, long expectedVersion, MeetingInput in) {
        MeetingStore.MeetingRow before = loadMeeting(m, id);
        requireOpen(before);
        secretaryOfBody.require(m, before.bodyId());
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("Meeting", id);
        }
        checkHeader(m, in);
        secretaryOfBody.require(m, in.bodyId());
        // the numbers already given belong to the body and year; moving the meeting would break the series
        if ((before.bodyId() != in.bodyId() || before.meetingDate().getYear() != in.meetingDate().getYear())
                && !store.paragraphs(m, id).isEmpty()) {
            throw new RuleViolationException("bodyId", "meetings.paragraphsNumbered");
        }
        if (in.chairPersonId() != null && store.attendance(m, id).stream()
                .noneMatch(a -> in.chairPersonId().equals(a.personId()) && a.kind().serving())) {
            throw new RuleViolationException("chairPersonId", "meetings.chair.notServing");
        }
        if (!store.updateMeeting(m, id, expectedVersion, in)) {
            throw new StaleVersionException("Meeting", id);
        }
        events.publishEvent(StateChanged.of(m, "Meeting", id, "updated")
                .field("bodyId", before.bodyId(), in.bodyId()).field("meetingDate", before.meetingDate(), in.meetingDate())
                .field("startTime", before.startTime(), MeetingStore.blankToNull(in.startTime()))
                .field("endTime", before.endTime(), MeetingStore.blankToNull(in.endTime()))
                .field("place", before.place(), MeetingStore.blankToNull(in.place()))
                .field("chairPersonId", before.chairPersonId(), in.chairPersonId())
                .field("secretaryName", before.secretaryName(), MeetingStore.blankToNull(in.secretaryName()))
                .field("adjustmentDate", before.adjustmentDate(), in.adjustmentDate())
                .field("adjustmentPlace", before.adjustmentPlace(), MeetingStore.blankToNull(in.adjustmentPlace()))
                .build());
        return findMeeting(m, id);
    }

    private void checkHeader(long m, MeetingInput in) {
        if (in.bodyId() == null || bodies.listBodies(m).stream().noneMatch(b -> b.id() == in.bodyId())) {
            throw new RuleViolationException("bodyId", "meetings.body.unknown");
        }
        if (in.meetingDate() == null) {
            throw new RuleViolationException("meetingDate", "meetings.date.required");
        }
        if (in.adjustmentDate() != null && in.adjustmentDate().isBefore(in.meetingDate())) {
            throw new RuleViolationException("adjustmentDate", "meetings.adjustmentDate.beforeMeeting");
        }
    }

    // ---------------------------------------------------------------- attendance

    /**
     * Adds someone present. Members and substitutes must hold a seat in the body on the meeting
     * date; an ordinary member (or chair) is recorded as MEMBER, a substitute as (serving) SUBSTITUTE.
     */
    @Transactional
    public MeetingView addAttendance(long m, long meetingId, AttendanceInput in) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        secretaryOfBody.require(m, meeting.bodyId());
        List<MeetingStore.AttendanceRow> present = store.attendance(m, meetingId);
        Map<Long, MembershipInfo> register = register(m, meeting);
        String title = in.title();
        switch (in.kind()) {
            case MEMBER, SERVING_SUBSTITUTE, SUBSTITUTE -> {
                if (in.personId() == null) {
                    throw new RuleViolationException("personId", "meetings.attendance.person.required");
                }
                MembershipInfo seat = register.get(in.personId());
                if (seat == null) {
                    throw new RuleViolationException("personId", "meetings.attendance.notInRegister");
                }
                boolean substitute = seat.role() == MembershipRole.SUBSTITUTE;
                if (in.kind() == AttendanceKind.MEMBER && substitute) {
                    throw new RuleViolationException("kind", "meetings.attendance.isSubstitute");
                }
                if (in.kind() != AttendanceKind.MEMBER && !substitute) {
                    throw new RuleViolationException("kind", "meetings.attendance.notSubstitute");
                }
                if (in.kind() == AttendanceKind.SERVING_SUBSTITUTE) {
                    MembershipInfo replaced = in.replacesPersonId() == null ? null : register.get(in.replacesPersonId());
                    if (replaced == null || replaced.role() == MembershipRole.SUBSTITUTE) {
                        throw new RuleViolationException("replacesPersonId", "meetings.attendance.replacesUnknown");
                    }
                    if (present.stream().anyMatch(a -> in.replacesPersonId().equals(a.personId()) && a.kind().serving())
                            || present.stream().anyMatch(a -> in.replacesPersonId().equals(a.replacesPersonId()))) {
                        throw new RuleViolationException("replacesPersonId", "meetings.attendance.replacedPresent");
                    }
                }
            }
            case OFFICIAL -> {
                if (in.personId() != null) {
                    PersonInfo p = person(m, in.personId()).orElseThrow(
                            () -> new RuleViolationException("personId", "meetings.attendance.personUnknown"));
                    if (title == null || title.isBlank()) {
                        title = officialTitle(m, p.id(), meeting.meetingDate()).orElse(null);
                    }
                } else if (in.name() == null || in.name().isBlank()) {
                    throw new RuleViolationException("name", "meetings.attendance.name.required");
                }
                if (title == null || title.isBlank()) {
                    throw new RuleViolationException("title", "meetings.attendance.title.required");
                }
            }
            case OTHER -> {
                if (in.personId() == null && (in.name() == null || in.name().isBlank())) {
                    throw new RuleViolationException("name", "meetings.attendance.name.required");
                }
                if (in.personId() != null && person(m, in.personId()).isEmpty()) {
                    throw new RuleViolationException("personId", "meetings.attendance.personUnknown");
                }
            }
        }
        if (in.personId() != null && present.stream().anyMatch(a -> in.personId().equals(a.personId()))) {
            throw new RuleViolationException("personId", "meetings.attendance.duplicate");
        }
        if (in.isAdjuster() && !in.kind().serving()) {
            throw new RuleViolationException("adjuster", "meetings.attendance.adjusterNotServing");
        }
        long id = store.insertAttendance(m, meetingId, in, title);
        requireChangesPossible(m, meeting);
        store.touchMeeting(m, meetingId);
        events.publishEvent(StateChanged.of(m, "MeetingAttendance", id, "created").value("meetingId", meetingId)
                .value("kind", in.kind()).value("personId", in.personId()).value("name", in.name())
                .value("replacesPersonId", in.replacesPersonId()).value("adjuster", in.isAdjuster()).build());
        return findMeeting(m, meetingId);
    }

    @Transactional
    public MeetingView removeAttendance(long m, long meetingId, long attendanceId) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        secretaryOfBody.require(m, meeting.bodyId());
        if (!store.deleteAttendance(m, meetingId, attendanceId)) {
            throw new NotFoundException("MeetingAttendance", attendanceId);
        }
        requireChangesPossible(m, meeting);
        store.touchMeeting(m, meetingId);
        events.publishEvent(StateChanged.of(m, "MeetingAttendance", attendanceId, "deleted")
                .value("meetingId", meetingId).build());
        return findMeeting(m, meetingId);
    }

    // ---------------------------------------------------------------- paragraphs

    /** Creates a paragraph and allocates its number in the same transaction (gapless per scheme). */
    @Transactional
    public ParagraphView createParagraph(long m, long meetingId, ParagraphInput in) {
        return createParagraph(m, meetingId, in, null);
    }

    /** Picks a committee's proposal to this body into a new paragraph linked to the same case. */
    @Transactional
    public ParagraphView pickProposal(long m, long meetingId, long proposalParagraphId) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        MeetingStore.ParagraphRow source = store.openProposalsTo(m, meeting.bodyId()).stream()
                .filter(p -> p.id() == proposalParagraphId).findFirst()
                .orElseThrow(() -> new RuleViolationException(null, "meetings.proposal.notOpen"));
        ParagraphInput in = new ParagraphInput(source.title(), source.caseId(), DecisionType.DECISION, null,
                null, null, source.summary(), null, null, false, null);
        return createParagraph(m, meetingId, in, source.id());
    }

    private ParagraphView createParagraph(long m, long meetingId, ParagraphInput in, Long sourceId) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        secretaryOfBody.require(m, meeting.bodyId());
        checkParagraph(m, meeting, in);
        ParagraphNumbering scheme = municipalities.find(m).orElseThrow().numbering();
        int year = meeting.meetingDate().getYear();
        String scope = scheme == ParagraphNumbering.PER_MEETING ? "meeting:" + meetingId
                : "body:" + meeting.bodyId() + ":" + year;
        int number = store.nextNumber(m, scope);
        String label = scheme == ParagraphNumbering.NUMBER_SLASH_YEAR ? "§ " + number + "/" + year : "§ " + number;
        long id = store.insertParagraph(m, meetingId, number, year, label, in, sourceId);
        events.publishEvent(StateChanged.of(m, "Paragraph", id, "created").value("meetingId", meetingId)
                .value("label", label).value("title", in.title()).value("caseId", in.caseId())
                .value("decisionType", in.decisionType()).value("sourceParagraphId", sourceId).build());
        return findParagraph(m, id);
    }

    @Transactional
    public ParagraphView updateParagraph(long m, long id, long expectedVersion, ParagraphInput in) {
        MeetingStore.ParagraphRow before = loadParagraph(m, id);
        MeetingStore.MeetingRow meeting = requireEditable(m, before);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("Paragraph", id);
        }
        checkParagraph(m, meeting, in);
        if (!store.updateParagraph(m, id, expectedVersion, in)) {
            throw new StaleVersionException("Paragraph", id);
        }
        events.publishEvent(StateChanged.of(m, "Paragraph", id, "updated")
                .field("title", before.title(), in.title().trim()).field("caseId", before.caseId(), in.caseId())
                .field("decisionType", before.decisionType(), in.decisionType())
                .field("targetBodyId", before.targetBodyId(), in.targetBodyId())
                .field("proposedDecision", before.proposedDecision(), MeetingStore.blankToNull(in.proposedDecision()))
                .field("instructions", before.instructions(), MeetingStore.blankToNull(in.instructions()))
                .field("summary", before.summary(), MeetingStore.blankToNull(in.summary()))
                .field("chairOrder", before.chairOrder(), MeetingStore.blankToNull(in.chairOrder()))
                .field("sentTo", before.sentTo(), MeetingStore.blankToNull(in.sentTo()))
                .field("immediateAdjustment", before.immediateAdjustment(), in.isImmediateAdjustment()).build());
        return findParagraph(m, id);
    }

    /**
     * Marks a paragraph confidential (or lifts the marking) with the legal ground of the secrecy. The minutes
     * themselves are not changed — an adjusted paragraph can be marked too, because secrecy is assessed when the
     * document is released (OSL 2009:400), not when it is written — but every public version (the portal, the
     * published minutes PDF, the OParl API, search and feeds) masks the paragraph and shows the ground.
     */
    @Transactional
    public ParagraphView markConfidentiality(long m, long id, boolean confidential, String ground) {
        MeetingStore.ParagraphRow before = loadParagraph(m, id);
        MeetingStore.MeetingRow meeting = loadMeeting(m, before.meetingId());
        secretaryOfBody.require(m, meeting.bodyId());
        String cleaned = ground == null || ground.isBlank() ? null : ground.trim();
        if (confidential && cleaned == null) {
            throw new RuleViolationException("ground", "meetings.paragraph.confidentiality.groundRequired");
        }
        if (cleaned != null && cleaned.length() > 300) {
            throw new RuleViolationException("ground", "meetings.paragraph.confidentiality.groundTooLong");
        }
        if (!confidential) {
            cleaned = null;
        }
        MeetingStore.Confidentiality was = store.confidentiality(m, id);
        store.setConfidentiality(m, id, confidential, cleaned);
        events.publishEvent(StateChanged.of(m, "Paragraph", id, "confidentiality")
                .field("confidential", was.confidential(), confidential)
                .field("confidentialityGround", was.ground(), cleaned).build());
        return findParagraph(m, id);
    }

    /** Whether a paragraph is marked confidential, and the ground. */
    @Transactional(readOnly = true)
    public ParagraphConfidentiality confidentialityOf(long m, long id) {
        loadParagraph(m, id);
        MeetingStore.Confidentiality c = store.confidentiality(m, id);
        return new ParagraphConfidentiality(c.confidential(), c.ground());
    }

    private void checkParagraph(long m, MeetingStore.MeetingRow meeting, ParagraphInput in) {
        if (in.title() == null || in.title().isBlank()) {
            throw new RuleViolationException("title", "meetings.paragraph.title.required");
        }
        if (in.decisionType() == null) {
            throw new RuleViolationException("decisionType", "meetings.paragraph.decisionType.required");
        }
        if (in.caseId() != null && cases.findCase(m, in.caseId()).isEmpty()) {
            throw new RuleViolationException("caseId", "meetings.paragraph.caseUnknown");
        }
        if (in.decisionType() == DecisionType.PROPOSAL) {
            if (in.targetBodyId() == null || in.targetBodyId() == meeting.bodyId()
                    || bodies.listBodies(m).stream().noneMatch(b -> b.id() == in.targetBodyId())) {
                throw new RuleViolationException("targetBodyId", "meetings.paragraph.targetBody.required");
            }
        } else if (in.targetBodyId() != null) {
            throw new RuleViolationException("targetBodyId", "meetings.paragraph.targetBody.onlyProposal");
        }
        if (in.decisionType() == DecisionType.REFERRED_BACK && (in.instructions() == null || in.instructions().isBlank())) {
            throw new RuleViolationException("instructions", "meetings.paragraph.instructions.required");
        }
    }

    @Transactional(readOnly = true)
    public ParagraphView findParagraph(long m, long id) {
        MeetingStore.ParagraphRow p = loadParagraph(m, id);
        MeetingStore.MeetingRow meeting = loadMeeting(m, p.meetingId());
        Map<Long, MembershipInfo> register = register(m, meeting);
        Map<Long, String> names = new HashMap<>();
        List<ParagraphView.ItemView> items = store.items(m, id).stream()
                .map(i -> new ParagraphView.ItemView(i.id(), i.kind(), i.position(), i.personId(),
                        i.personId() == null ? null : name(m, i.personId(), names),
                        i.personId() == null || !register.containsKey(i.personId()) ? null
                                : register.get(i.personId()).partyAbbreviation(),
                        i.title(), i.text(), i.annexRef())).toList();
        List<ParagraphView.VoteView> votes = store.votes(m, id).stream().map(v -> {
            List<ParagraphView.BallotView> ballots = store.ballots(m, v.id()).stream()
                    .map(b -> new ParagraphView.BallotView(b.personId(), name(m, b.personId(), names),
                            register.containsKey(b.personId()) ? register.get(b.personId()).partyAbbreviation() : null,
                            b.choice())).toList();
            return new ParagraphView.VoteView(v.id(), v.proposition(), v.jaMeans(), v.nejMeans(), ballots,
                    count(ballots, Choice.JA), count(ballots, Choice.NEJ), count(ballots, Choice.AVSTAR));
        }).toList();
        String caseNumber = p.caseId() == null ? null : cases.findCase(m, p.caseId()).map(CaseRef::number).orElse(null);
        String target = p.targetBodyId() == null ? null : bodyNames(m).get(p.targetBodyId());
        boolean locked = meeting.status() == MeetingStatus.ADJUSTED || p.adjusted();
        return new ParagraphView(p.id(), p.meetingId(), p.label(), p.number(), p.title(), p.caseId(), caseNumber,
                p.decisionType(), p.targetBodyId(), target, p.proposedDecision(), p.instructions(), p.summary(),
                p.chairOrder(), p.sentTo(), p.immediateAdjustment(), p.adjusted(), locked, p.sourceParagraphId(),
                p.version(), items, votes);
    }

    private static int count(List<ParagraphView.BallotView> ballots, Choice c) {
        return (int) ballots.stream().filter(b -> b.choice() == c).count();
    }

    /** Proposals from other bodies (e.g. a committee's förslag) waiting for this body. */
    @Transactional(readOnly = true)
    public List<ProposalItem> openProposals(long m, long bodyId) {
        Map<Long, String> names = bodyNames(m);
        return store.openProposalsTo(m, bodyId).stream().map(p -> {
            MeetingStore.MeetingRow from = loadMeeting(m, p.meetingId());
            return new ProposalItem(p.id(), p.label(), p.title(), from.bodyId(), names.get(from.bodyId()),
                    from.meetingDate(), p.caseId(), p.proposedDecision());
        }).toList();
    }

    // ---------------------------------------------------------------- items, votes

    /**
     * Adds a listed part. People named must be present; reservations and conflicts only by serving
     * members, and a reservation only by one who took part in the decision (KL 4 kap. 27 §).
     */
    @Transactional
    public ParagraphView addItem(long m, long paragraphId, ItemInput in) {
        MeetingStore.ParagraphRow p = loadParagraph(m, paragraphId);
        MeetingStore.MeetingRow meeting = requireEditable(m, p);
        String title = in.title();
        if (in.kind().namesPerson()) {
            if (in.personId() == null) {
                throw new RuleViolationException("personId", "meetings.item.person.required");
            }
            List<MeetingStore.AttendanceRow> present = store.attendance(m, meeting.id());
            AttendanceAtParagraph.At at = attendanceAt(m, meeting).get(paragraphId);
            if (!at.present().contains(in.personId())) {
                throw new RuleViolationException("personId", "meetings.item.notPresent");
            }
            MeetingStore.AttendanceRow who = present.stream().filter(a -> in.personId().equals(a.personId()))
                    .findFirst().orElse(null);
            boolean serving = at.serves(in.personId());
            switch (in.kind()) {
                case RESERVATION -> {
                    if (!serving) {
                        throw new RuleViolationException("personId", "meetings.reservation.notServing");
                    }
                    if (excluded(m, paragraphId).contains(in.personId())) {
                        throw new RuleViolationException("personId", "meetings.reservation.notTakingPart");
                    }
                }
                case CONFLICT, NOT_PARTICIPATING, MOTION -> {
                    if (!serving) {
                        throw new RuleViolationException("personId", "meetings.item.notServing");
                    }
                }
                case SPEAKER -> {
                    if (who != null && who.kind() == AttendanceKind.OFFICIAL && (title == null || title.isBlank())) {
                        title = who.title();
                    }
                }
                default -> {
                }
            }
        } else if (in.kind() == ItemKind.ANNEX) {
            if (in.annexRef() == null || in.annexRef().isBlank()) {
                throw new RuleViolationException("annexRef", "meetings.item.annexRef.required");
            }
            if (store.items(m, paragraphId).stream().anyMatch(i -> i.kind() == ItemKind.ANNEX
                    && i.annexRef().equalsIgnoreCase(in.annexRef().trim()))) {
                throw new RuleViolationException("annexRef", "meetings.item.annexRef.duplicate");
            }
        } else if (in.text() == null || in.text().isBlank()) {
            throw new RuleViolationException("text", "meetings.item.text.required");
        }
        long id = store.insertItem(m, paragraphId, in, title);
        store.touchParagraph(m, paragraphId);
        events.publishEvent(StateChanged.of(m, "ParagraphItem", id, "created").value("paragraphId", paragraphId)
                .value("kind", in.kind()).value("personId", in.personId()).value("text", in.text())
                .value("annexRef", in.annexRef()).build());
        return findParagraph(m, paragraphId);
    }

    @Transactional
    public ParagraphView removeItem(long m, long paragraphId, long itemId) {
        requireEditable(m, loadParagraph(m, paragraphId));
        if (!store.deleteItem(m, paragraphId, itemId)) {
            throw new NotFoundException("ParagraphItem", itemId);
        }
        store.touchParagraph(m, paragraphId);
        events.publishEvent(StateChanged.of(m, "ParagraphItem", itemId, "deleted").value("paragraphId", paragraphId).build());
        return findParagraph(m, paragraphId);
    }

    /**
     * Records a roll-call vote. Every serving member who takes part must have a ballot, and only
     * they: members with a conflict of interest (KL 6 kap. 28 §) or not taking part are excluded.
     * The counts are computed from the ballots. A vote implies no reservation.
     */
    @Transactional
    public ParagraphView recordVote(long m, long paragraphId, VoteInput in) {
        MeetingStore.ParagraphRow p = loadParagraph(m, paragraphId);
        MeetingStore.MeetingRow meeting = requireEditable(m, p);
        if (in.proposition() == null || in.proposition().isBlank()) {
            throw new RuleViolationException("proposition", "meetings.vote.proposition.required");
        }
        if (in.jaMeans() == null || in.jaMeans().isBlank()) {
            throw new RuleViolationException("jaMeans", "meetings.vote.jaMeans.required");
        }
        if (in.nejMeans() == null || in.nejMeans().isBlank()) {
            throw new RuleViolationException("nejMeans", "meetings.vote.nejMeans.required");
        }
        Set<Long> voters = votingMembers(m, attendanceAt(m, meeting).get(paragraphId), paragraphId);
        Set<Long> seen = new HashSet<>();
        for (VoteInput.Ballot b : in.ballots()) {
            if (b.personId() == null || b.choice() == null) {
                throw new RuleViolationException("ballots", "meetings.vote.ballotIncomplete");
            }
            if (!seen.add(b.personId())) {
                throw new RuleViolationException("ballots", "meetings.vote.duplicateBallot");
            }
            if (!voters.contains(b.personId())) {
                throw new RuleViolationException("ballots", "meetings.vote.notEntitled", name(m, b.personId(), new HashMap<>()));
            }
        }
        if (!seen.equals(voters)) {
            throw new RuleViolationException("ballots", "meetings.vote.countMismatch", voters.size(), seen.size());
        }
        long voteId = store.insertVote(m, paragraphId, in);
        store.touchParagraph(m, paragraphId);
        Map<Choice, Long> counts = in.ballots().stream().collect(Collectors.groupingBy(VoteInput.Ballot::choice, Collectors.counting()));
        events.publishEvent(StateChanged.of(m, "Vote", voteId, "created").value("paragraphId", paragraphId)
                .value("proposition", in.proposition()).value("ja", counts.getOrDefault(Choice.JA, 0L))
                .value("nej", counts.getOrDefault(Choice.NEJ, 0L)).value("avstar", counts.getOrDefault(Choice.AVSTAR, 0L))
                .build());
        return findParagraph(m, paragraphId);
    }

    @Transactional
    public ParagraphView removeVote(long m, long paragraphId, long voteId) {
        requireEditable(m, loadParagraph(m, paragraphId));
        if (!store.deleteVote(m, paragraphId, voteId)) {
            throw new NotFoundException("Vote", voteId);
        }
        store.touchParagraph(m, paragraphId);
        events.publishEvent(StateChanged.of(m, "Vote", voteId, "deleted").value("paragraphId", paragraphId).build());
        return findParagraph(m, paragraphId);
    }

    /**
     * The members serving at the paragraph (the attendance plus the changes up to it), minus those
     * with a conflict of interest or not taking part.
     */
    private Set<Long> votingMembers(long m, AttendanceAtParagraph.At at, long paragraphId) {
        Set<Long> excluded = excluded(m, paragraphId);
        return at.serving().keySet().stream().filter(id -> !excluded.contains(id)).collect(Collectors.toSet());
    }

    /** Who is present and serving at each paragraph of the meeting (lenient: never fails a read). */
    private Map<Long, AttendanceAtParagraph.At> attendanceAt(long m, MeetingStore.MeetingRow meeting) {
        return AttendanceAtParagraph.compute(store.attendance(m, meeting.id()), store.paragraphs(m, meeting.id()),
                store.attendanceChanges(m, meeting.id()), register(m, meeting), false);
    }

    // ---------------------------------------------------------------- changes of attendance

    /**
     * Records a change of attendance from a paragraph on: a member leaves or arrives, a substitute
     * starts or stops serving for a member. The whole sequence of changes must stay possible
     * (nobody leaves who is not there; a substitute serves only for a member who does not serve).
     * Refused once the minutes, or a paragraph it would affect, are adjusted.
     */
    @Transactional
    public MeetingView addAttendanceChange(long m, long meetingId, AttendanceChangeInput in, String createdBy) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        secretaryOfBody.require(m, meeting.bodyId());
        if (in.kind() == null) {
            throw new RuleViolationException("kind", "meetings.change.kind.required");
        }
        if (in.personId() == null) {
            throw new RuleViolationException("personId", "meetings.change.person.required");
        }
        List<MeetingStore.ParagraphRow> paragraphs = store.paragraphs(m, meetingId);
        int from = indexOf(paragraphs, in.fromParagraphId());
        if (from < 0) {
            throw new RuleViolationException("fromParagraphId", "meetings.change.paragraph.required");
        }
        if (paragraphs.subList(from, paragraphs.size()).stream().anyMatch(MeetingStore.ParagraphRow::adjusted)) {
            throw new RuleViolationException("fromParagraphId", "meetings.change.paragraphAdjusted");
        }
        if (in.kind() == AttendanceChangeKind.SUBSTITUTE_STARTS && in.replacesPersonId() == null) {
            throw new RuleViolationException("replacesPersonId", "meetings.change.replacesUnknown");
        }
        Long replaces = in.kind().substitute() ? in.replacesPersonId() : null;
        List<MeetingStore.ChangeRow> changes = new ArrayList<>(store.attendanceChanges(m, meetingId));
        List<MeetingStore.AttendanceRow> attendance = store.attendance(m, meetingId);
        Map<Long, MembershipInfo> register = register(m, meeting);
        if (in.kind() == AttendanceChangeKind.SUBSTITUTE_STOPS && replaces == null) {
            // whom the substitute served for, as the attendance before this paragraph has it
            Map<Long, AttendanceAtParagraph.At> before = AttendanceAtParagraph.compute(attendance, paragraphs, changes,
                    register, false);
            AttendanceAtParagraph.At at = from == 0 ? null : before.get(paragraphs.get(from - 1).id());
            replaces = at != null ? at.serving().get(in.personId()) : attendance.stream()
                    .filter(a -> in.personId().equals(a.personId()) && a.kind() == AttendanceKind.SERVING_SUBSTITUTE)
                    .map(MeetingStore.AttendanceRow::replacesPersonId).findFirst().orElse(null);
        }
        changes.add(new MeetingStore.ChangeRow(Long.MAX_VALUE, in.kind(), in.personId(), replaces, in.fromParagraphId(),
                createdBy, clock.instant()));
        AttendanceAtParagraph.compute(attendance, paragraphs, changes, register, true);
        long id = store.insertAttendanceChange(m, meetingId, in.kind(), in.personId(), replaces, in.fromParagraphId(),
                createdBy, clock.instant());
        store.touchMeeting(m, meetingId);
        events.publishEvent(StateChanged.of(m, "AttendanceChange", id, "created").value("meetingId", meetingId)
                .value("kind", in.kind()).value("personId", in.personId()).value("replacesPersonId", replaces)
                .value("fromParagraphId", in.fromParagraphId()).build());
        return findMeeting(m, meetingId);
    }

    /** Removes a change of attendance, if the remaining changes are still possible. */
    @Transactional
    public MeetingView removeAttendanceChange(long m, long meetingId, long changeId) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        secretaryOfBody.require(m, meeting.bodyId());
        List<MeetingStore.ChangeRow> changes = new ArrayList<>(store.attendanceChanges(m, meetingId));
        MeetingStore.ChangeRow change = changes.stream().filter(c -> c.id() == changeId).findFirst()
                .orElseThrow(() -> new NotFoundException("AttendanceChange", changeId));
        List<MeetingStore.ParagraphRow> paragraphs = store.paragraphs(m, meetingId);
        int from = indexOf(paragraphs, change.fromParagraphId());
        if (paragraphs.subList(Math.max(from, 0), paragraphs.size()).stream().anyMatch(MeetingStore.ParagraphRow::adjusted)) {
            throw new RuleViolationException(null, "meetings.change.paragraphAdjusted");
        }
        changes.remove(change);
        AttendanceAtParagraph.compute(store.attendance(m, meetingId), paragraphs, changes, register(m, meeting), true);
        store.deleteAttendanceChange(m, meetingId, changeId);
        store.touchMeeting(m, meetingId);
        events.publishEvent(StateChanged.of(m, "AttendanceChange", changeId, "deleted").value("meetingId", meetingId)
                .build());
        return findMeeting(m, meetingId);
    }

    /** The members serving at a paragraph, with party as the register has it (for the ballots of a vote). */
    @Transactional(readOnly = true)
    public List<MeetingView.AttendanceView> servingAt(long m, long paragraphId) {
        MeetingStore.ParagraphRow p = loadParagraph(m, paragraphId);
        MeetingView meeting = findMeeting(m, p.meetingId());
        AttendanceAtParagraph.At at = attendanceAt(m, loadMeeting(m, p.meetingId())).get(paragraphId);
        Map<Long, MembershipInfo> register = register(m, loadMeeting(m, p.meetingId()));
        Map<Long, String> names = new HashMap<>();
        List<MeetingView.AttendanceView> out = new ArrayList<>();
        for (Map.Entry<Long, Long> e : at.serving().entrySet()) {
            MeetingView.AttendanceView listed = meeting.attendance().stream()
                    .filter(a -> e.getKey().equals(a.personId())).findFirst().orElse(null);
            if (listed != null && listed.kind().serving()) {
                out.add(listed);
                continue;
            }
            MembershipInfo seat = register.get(e.getKey());
            out.add(new MeetingView.AttendanceView(listed == null ? 0 : listed.id(),
                    e.getValue() == null ? AttendanceKind.MEMBER : AttendanceKind.SERVING_SUBSTITUTE, e.getKey(),
                    name(m, e.getKey(), names), seat == null ? null : seat.partyAbbreviation(),
                    seat == null ? null : seat.role().name(), null, e.getValue(),
                    e.getValue() == null ? null : name(m, e.getValue(), names), false, null));
        }
        return out;
    }

    /**
     * The recorded changes of attendance must stay possible with the attendance as it now is (e.g.
     * someone who leaves at § 5 cannot be taken off the attendance); refusing rolls the write back.
     */
    private void requireChangesPossible(long m, MeetingStore.MeetingRow meeting) {
        List<MeetingStore.ChangeRow> changes = store.attendanceChanges(m, meeting.id());
        if (!changes.isEmpty()) {
            AttendanceAtParagraph.compute(store.attendance(m, meeting.id()), store.paragraphs(m, meeting.id()), changes,
                    register(m, meeting), true);
        }
    }

    private static int indexOf(List<MeetingStore.ParagraphRow> paragraphs, Long paragraphId) {
        for (int i = 0; paragraphId != null && i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id() == paragraphId) {
                return i;
            }
        }
        return -1;
    }

    private Set<Long> excluded(long m, long paragraphId) {
        return store.items(m, paragraphId).stream()
                .filter(i -> i.kind() == ItemKind.CONFLICT || i.kind() == ItemKind.NOT_PARTICIPATING)
                .map(MeetingStore.ItemRow::personId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- checks and adjustment

    /** The consistency problems of the minutes; adjustment is refused while any remain. */
    @Transactional(readOnly = true)
    public List<Problem> checkMinutes(long m, long meetingId) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        List<Problem> problems = new ArrayList<>();
        List<MeetingStore.AttendanceRow> present = store.attendance(m, meetingId);
        if (meeting.chairPersonId() == null) {
            problems.add(new Problem(null, null, "meetings.check.noChair", List.of()));
        } else if (present.stream().noneMatch(a -> meeting.chairPersonId().equals(a.personId()) && a.kind().serving())) {
            problems.add(new Problem(null, null, "meetings.check.chairAbsent", List.of()));
        }
        if (present.stream().noneMatch(MeetingStore.AttendanceRow::adjuster)) {
            problems.add(new Problem(null, null, "meetings.check.noAdjuster", List.of()));
        }
        Map<Long, MembershipInfo> register = register(m, meeting);
        Map<Long, String> names = new HashMap<>();
        for (MeetingStore.AttendanceRow a : present) {
            if (a.kind() != AttendanceKind.OFFICIAL && a.kind() != AttendanceKind.OTHER
                    && (a.personId() == null || !register.containsKey(a.personId()))) {
                problems.add(new Problem(null, null, "meetings.check.attendeeNotInRegister",
                        List.of(a.personId() == null ? "" : name(m, a.personId(), names))));
            }
        }
        Map<Long, AttendanceAtParagraph.At> at = attendanceAt(m, meeting);
        for (MeetingStore.ParagraphRow p : store.paragraphs(m, meetingId)) {
            problems.addAll(checkParagraph(m, p, present, at.get(p.id()), register, names));
        }
        return problems;
    }

    private List<Problem> checkParagraph(long m, MeetingStore.ParagraphRow p, List<MeetingStore.AttendanceRow> present,
                                         AttendanceAtParagraph.At at, Map<Long, MembershipInfo> register,
                                         Map<Long, String> names) {
        List<Problem> problems = new ArrayList<>();
        List<MeetingStore.ItemRow> items = store.items(m, p.id());
        Map<Long, MeetingStore.AttendanceRow> byPerson = new HashMap<>();
        present.stream().filter(a -> a.personId() != null).forEach(a -> byPerson.put(a.personId(), a));
        Set<String> annexes = items.stream().filter(i -> i.kind() == ItemKind.ANNEX)
                .map(i -> normalise(i.annexRef())).collect(Collectors.toSet());
        Set<Long> excluded = excluded(m, p.id());
        for (MeetingStore.ItemRow i : items) {
            if (i.kind().namesPerson()) {
                MeetingStore.AttendanceRow a = i.personId() == null ? null : byPerson.get(i.personId());
                String who = i.personId() == null ? "" : name(m, i.personId(), names);
                boolean official = a != null && (a.kind() == AttendanceKind.OFFICIAL || a.kind() == AttendanceKind.OTHER);
                if (i.personId() == null || !at.present().contains(i.personId())) {
                    problems.add(problem(p, "meetings.check.notPresent", who));
                } else if (!official && !register.containsKey(i.personId())) {
                    problems.add(problem(p, "meetings.check.notInRegister", who));
                } else if (i.kind() == ItemKind.RESERVATION && (!at.serves(i.personId()) || excluded.contains(i.personId()))) {
                    problems.add(problem(p, "meetings.check.reservationNotTakingPart", who));
                }
            }
            if (i.annexRef() != null && i.kind() != ItemKind.ANNEX && !annexes.contains(normalise(i.annexRef()))) {
                problems.add(problem(p, "meetings.check.annexMissing", i.annexRef()));
            }
        }
        if (p.decisionType() == DecisionType.PROPOSAL && p.targetBodyId() == null) {
            problems.add(problem(p, "meetings.check.proposalTarget"));
        }
        Set<Long> voters = votingMembers(m, at, p.id());
        for (MeetingStore.VoteRow v : store.votes(m, p.id())) {
            Set<Long> ballots = store.ballots(m, v.id()).stream().map(MeetingStore.BallotRow::personId)
                    .collect(Collectors.toSet());
            if (!ballots.equals(voters)) {
                problems.add(problem(p, "meetings.check.voteMismatch", v.position(), voters.size(), ballots.size()));
            }
        }
        return problems;
    }

    private static Problem problem(MeetingStore.ParagraphRow p, String key, Object... args) {
        return new Problem(p.id(), p.label(), key, List.of(args));
    }

    private static String normalise(String ref) {
        return ref == null ? "" : ref.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Records that the chair or an adjuster has confirmed the minutes (KL 5 kap. 69 §, 6 kap. 35 §).
     * The secretary records it on their behalf with name and time (method CONFIRMED); personal
     * e-signing can add another method later. When all have confirmed the minutes are ADJUSTED.
     */
    @Transactional
    public MeetingView confirmMinutes(long m, long meetingId, long personId, String recordedBy) {
        return confirm(m, meetingId, personId, recordedBy, SignatureMethod.CONFIRMED);
    }

    /**
     * The chair or an adjuster adjusts the minutes personally, logged in with an account linked to
     * their person in the member register (method LOGIN, with their name and the time). The caller
     * has checked that the account is linked to {@code personId}.
     */
    @Transactional
    public MeetingView adjustMinutes(long m, long meetingId, long personId, String username) {
        return confirm(m, meetingId, personId, username, SignatureMethod.LOGIN);
    }

    private MeetingView confirm(long m, long meetingId, long personId, String recordedBy, SignatureMethod method) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        requireOpen(meeting);
        if (method == SignatureMethod.CONFIRMED) {
            secretaryOfBody.require(m, meeting.bodyId()); // recorded on someone's behalf: the body's secretary
        }
        requireNoProblems(checkMinutes(m, meetingId));
        Map<Long, String> signers = signers(m, meeting);
        String role = signers.get(personId);
        if (role == null) {
            throw new RuleViolationException("personId", "meetings.adjust.notSigner");
        }
        List<MeetingStore.SignatureRow> signed = store.signatures(m, meetingId).stream()
                .filter(s -> s.paragraphId() == null).toList();
        if (signed.stream().anyMatch(s -> s.personId() == personId)) {
            throw new RuleViolationException("personId", "meetings.adjust.alreadyConfirmed");
        }
        String name = name(m, personId, new HashMap<>());
        store.insertSignature(m, meetingId, null, personId, name, role, method, clock.instant(), recordedBy);
        events.publishEvent(StateChanged.of(m, "Meeting", meetingId, "confirmed").value("personId", personId)
                .value("name", name).value("role", role).value("method", method).value("recordedBy", recordedBy).build());
        if (signed.size() + 1 == signers.size()) {
            store.markAdjusted(m, meetingId, clock.instant());
            events.publishEvent(StateChanged.of(m, "Meeting", meetingId, "adjusted")
                    .field("status", MeetingStatus.OPEN, MeetingStatus.ADJUSTED).build());
            for (MeetingStore.ParagraphRow p : store.paragraphs(m, meetingId)) {
                if (!p.adjusted()) {
                    recordInCaseHistory(m, meeting, p);
                }
            }
        } else {
            store.touchMeeting(m, meetingId);
        }
        return findMeeting(m, meetingId);
    }

    /** Immediate adjustment (omedelbar justering) of one paragraph at the meeting, by the same signers. */
    @Transactional
    public ParagraphView confirmParagraph(long m, long paragraphId, long personId, String recordedBy) {
        return confirmParagraph(m, paragraphId, personId, recordedBy, SignatureMethod.CONFIRMED);
    }

    /** Immediate adjustment of a paragraph by the chair or an adjuster personally (method LOGIN). */
    @Transactional
    public ParagraphView adjustParagraph(long m, long paragraphId, long personId, String username) {
        return confirmParagraph(m, paragraphId, personId, username, SignatureMethod.LOGIN);
    }

    private ParagraphView confirmParagraph(long m, long paragraphId, long personId, String recordedBy,
                                           SignatureMethod method) {
        MeetingStore.ParagraphRow p = loadParagraph(m, paragraphId);
        MeetingStore.MeetingRow meeting = requireUnlocked(m, p);
        if (method == SignatureMethod.CONFIRMED) {
            secretaryOfBody.require(m, meeting.bodyId()); // recorded on someone's behalf: the body's secretary
        }
        if (!p.immediateAdjustment()) {
            throw new RuleViolationException(null, "meetings.adjust.notImmediate");
        }
        List<MeetingStore.AttendanceRow> present = store.attendance(m, meeting.id());
        Map<Long, String> names = new HashMap<>();
        List<Problem> problems = new ArrayList<>(checkParagraph(m, p, present, attendanceAt(m, meeting).get(p.id()),
                register(m, meeting), names));
        if (meeting.chairPersonId() == null) {
            problems.add(new Problem(null, null, "meetings.check.noChair", List.of()));
        }
        requireNoProblems(problems);
        Map<Long, String> signers = signers(m, meeting);
        String role = signers.get(personId);
        if (role == null) {
            throw new RuleViolationException("personId", "meetings.adjust.notSigner");
        }
        List<MeetingStore.SignatureRow> signed = store.signatures(m, meeting.id()).stream()
                .filter(s -> Objects.equals(s.paragraphId(), paragraphId)).toList();
        if (signed.stream().anyMatch(s -> s.personId() == personId)) {
            throw new RuleViolationException("personId", "meetings.adjust.alreadyConfirmed");
        }
        String name = name(m, personId, names);
        store.insertSignature(m, meeting.id(), paragraphId, personId, name, role, method, clock.instant(), recordedBy);
        events.publishEvent(StateChanged.of(m, "Paragraph", paragraphId, "confirmed").value("personId", personId)
                .value("name", name).value("role", role).value("method", method).value("recordedBy", recordedBy).build());
        if (signed.size() + 1 == signers.size()) {
            store.markParagraphAdjusted(m, paragraphId);
            recordInCaseHistory(m, meeting, p);
            events.publishEvent(StateChanged.of(m, "Paragraph", paragraphId, "adjusted")
                    .field("adjusted", false, true).build());
        } else {
            store.touchParagraph(m, paragraphId);
        }
        return findParagraph(m, paragraphId);
    }

    /**
     * An adjusted paragraph becomes a step in its case's history (the decision is final only once the
     * minutes are adjusted, KL 5 kap. 69 § / 6 kap. 35 §): body, date, paragraph, decision type, and the
     * instructions of a referral back. The text is stored in Swedish, the language of the records.
     */
    private void recordInCaseHistory(long m, MeetingStore.MeetingRow meeting, MeetingStore.ParagraphRow p) {
        if (p.caseId() == null) {
            return;
        }
        java.util.Locale sv = java.util.Locale.forLanguageTag("sv");
        var body = bodies.findBody(m, meeting.bodyId());
        String bodyName = body.shortName() != null && !body.shortName().isBlank() ? body.shortName() : body.name();
        StringBuilder text = new StringBuilder(bodyName).append(' ').append(Minutes.date(meeting.meetingDate())).append(' ')
                .append(p.label()).append(": ")
                .append(messages.getMessage("meetings.decisionType." + p.decisionType(), null, p.decisionType().name(), sv))
                .append(" – ").append(p.title());
        if (p.decisionType() == DecisionType.PROPOSAL && p.targetBodyId() != null) {
            text.append(" (").append(bodies.findBody(m, p.targetBodyId()).name()).append(')');
        }
        if (p.instructions() != null && !p.instructions().isBlank()) {
            text.append(". ").append(p.instructions());
        }
        caseHistory.recordHistory(m, p.caseId(), "PARAGRAPH", text.toString());
        events.publishEvent(new ParagraphDecided(m, p.caseId(), meeting.bodyId(), meeting.meetingDate(), p.label(), p.decisionType()));
    }

    /** A correction of adjusted minutes: a new record linked to them; the minutes stay as adjusted. */
    @Transactional
    public MeetingView addCorrection(long m, long meetingId, Long paragraphId, String text, String createdBy) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, meetingId);
        secretaryOfBody.require(m, meeting.bodyId());
        if (meeting.status() != MeetingStatus.ADJUSTED) {
            throw new RuleViolationException(null, "meetings.correction.notAdjusted");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("text", "meetings.correction.text.required");
        }
        if (paragraphId != null && loadParagraph(m, paragraphId).meetingId() != meetingId) {
            throw new NotFoundException("Paragraph", paragraphId);
        }
        long id = store.insertCorrection(m, meetingId, paragraphId, text.trim(), createdBy, clock.instant());
        events.publishEvent(StateChanged.of(m, "MeetingCorrection", id, "created").value("meetingId", meetingId)
                .value("paragraphId", paragraphId).value("text", text.trim()).build());
        return findMeeting(m, meetingId);
    }

    /** The chair and the adjusters, by person id, with their role in the signing. */
    private Map<Long, String> signers(long m, MeetingStore.MeetingRow meeting) {
        Map<Long, String> signers = new LinkedHashMap<>();
        if (meeting.chairPersonId() != null) {
            signers.put(meeting.chairPersonId(), "CHAIR");
        }
        store.attendance(m, meeting.id()).stream().filter(MeetingStore.AttendanceRow::adjuster)
                .forEach(a -> signers.putIfAbsent(a.personId(), "ADJUSTER"));
        return signers;
    }

    private static void requireNoProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(null, "meetings.adjust.problems", problems.size());
        }
    }

    // ---------------------------------------------------------------- helpers

    private MeetingStore.MeetingRow loadMeeting(long m, long id) {
        return store.findMeeting(m, id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    private MeetingStore.ParagraphRow loadParagraph(long m, long id) {
        return store.findParagraph(m, id).orElseThrow(() -> new NotFoundException("Paragraph", id));
    }

    private static void requireOpen(MeetingStore.MeetingRow meeting) {
        if (meeting.status() == MeetingStatus.ADJUSTED) {
            throw new RuleViolationException(null, "meetings.adjusted.locked");
        }
    }

    /** The paragraph's meeting, when the body's secretary may still change the paragraph. */
    private MeetingStore.MeetingRow requireEditable(long m, MeetingStore.ParagraphRow p) {
        MeetingStore.MeetingRow meeting = requireUnlocked(m, p);
        secretaryOfBody.require(m, meeting.bodyId());
        return meeting;
    }

    private MeetingStore.MeetingRow requireUnlocked(long m, MeetingStore.ParagraphRow p) {
        MeetingStore.MeetingRow meeting = loadMeeting(m, p.meetingId());
        requireOpen(meeting);
        if (p.adjusted()) {
            throw new RuleViolationException(null, "meetings.paragraph.locked");
        }
        return meeting;
    }

    /** The seats of the body on the meeting date, by person (the register's answer, never typed). */
    private Map<Long, MembershipInfo> register(long m, MeetingStore.MeetingRow meeting) {
        Map<Long, MembershipInfo> seats = new HashMap<>();
        memberships.membershipsOn(m, meeting.bodyId(), meeting.meetingDate()).forEach(s -> seats.putIfAbsent(s.personId(), s));
        return seats;
    }

    private Optional<PersonInfo> person(long m, long id) {
        try {
            return Optional.of(people.findPerson(m, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private String name(long m, long personId, Map<Long, String> cache) {
        return cache.computeIfAbsent(personId, id -> person(m, id).map(PersonInfo::fullName).orElse("#" + id));
    }

    private Optional<String> officialTitle(long m, long personId, LocalDate date) {
        return officials.listOfficialRoles(m, personId).stream()
                .filter(o -> (o.validFrom() == null || !o.validFrom().isAfter(date)) && (o.validTo() == null || !o.validTo().isBefore(date)))
                .map(OfficialInfo::title).findFirst();
    }

    private Map<Long, String> bodyNames(long m) {
        return bodies.listBodies(m).stream().collect(Collectors.toMap(BodyInfo::id, BodyInfo::name));
    }

    private MeetingView view(long m, MeetingStore.MeetingRow r) {
        Map<Long, MembershipInfo> register = register(m, r);
        Map<Long, String> names = new HashMap<>();
        List<MeetingView.AttendanceView> attendance = store.attendance(m, r.id()).stream().map(a -> {
            MembershipInfo seat = a.personId() == null ? null : register.get(a.personId());
            return new MeetingView.AttendanceView(a.id(), a.kind(), a.personId(),
                    a.personId() == null ? a.name() : name(m, a.personId(), names),
                    seat == null ? null : seat.partyAbbreviation(), seat == null ? null : seat.role().name(),
                    a.title(), a.replacesPersonId(),
                    a.replacesPersonId() == null ? null : name(m, a.replacesPersonId(), names), a.adjuster(),
                    a.presenceNote());
        }).toList();
        List<MeetingView.ParagraphSummary> paragraphs = store.paragraphs(m, r.id()).stream()
                .map(p -> new MeetingView.ParagraphSummary(p.id(), p.label(), p.title(), p.decisionType(),
                        p.immediateAdjustment(), p.adjusted())).toList();
        List<MeetingView.SignatureView> signatures = store.signatures(m, r.id()).stream()
                .map(s -> new MeetingView.SignatureView(s.id(), s.paragraphId(), s.personId(), s.name(), s.signerRole(),
                        s.method(), s.confirmedAt(), s.recordedBy())).toList();
        return new MeetingView(r.id(), r.bodyId(), bodyNames(m).getOrDefault(r.bodyId(), ""), r.meetingDate(),
                r.startTime(), r.endTime(), r.place(), r.chairPersonId(),
                r.chairPersonId() == null ? null : name(m, r.chairPersonId(), names), r.secretaryName(),
                r.adjustmentDate(), r.adjustmentPlace(), r.status(), r.adjustedAt(), r.version(), attendance, paragraphs,
                signatures, store.corrections(m, r.id()), changeViews(m, r, register, names));
    }

    private List<MeetingView.AttendanceChangeView> changeViews(long m, MeetingStore.MeetingRow r,
                                                               Map<Long, MembershipInfo> register, Map<Long, String> names) {
        List<MeetingStore.ChangeRow> changes = store.attendanceChanges(m, r.id());
        if (changes.isEmpty()) {
            return List.of();
        }
        List<MeetingStore.ParagraphRow> paragraphs = store.paragraphs(m, r.id());
        List<MeetingView.AttendanceChangeView> out = new ArrayList<>();
        for (MeetingStore.ChangeRow c : changes) {
            int i = indexOf(paragraphs, c.fromParagraphId());
            MembershipInfo seat = register.get(c.personId());
            MembershipInfo replacedSeat = c.replacesPersonId() == null ? null : register.get(c.replacesPersonId());
            out.add(new MeetingView.AttendanceChangeView(c.id(), c.kind(), c.personId(), name(m, c.personId(), names),
                    seat == null ? null : seat.partyAbbreviation(), c.replacesPersonId(),
                    c.replacesPersonId() == null ? null : name(m, c.replacesPersonId(), names),
                    replacedSeat == null ? null : replacedSeat.partyAbbreviation(), c.fromParagraphId(),
                    i < 0 ? "" : paragraphs.get(i).label(), i <= 0 ? null : paragraphs.get(i - 1).label(), i));
        }
        out.sort(java.util.Comparator.comparingInt(MeetingView.AttendanceChangeView::order)
                .thenComparing(MeetingView.AttendanceChangeView::kind).thenComparingLong(MeetingView.AttendanceChangeView::id));
        return out;
    }
}
