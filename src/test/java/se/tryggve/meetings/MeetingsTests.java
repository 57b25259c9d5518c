package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, MeetingFixture.class})
class MeetingsTests {

    @Autowired
    se.tryggve.cases.Cases caseUseCases;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixture fixture;

    private static ParagraphInput decision(String title) {
        return new ParagraphInput(title, null, DecisionType.DECISION, null, null, null, null, null, null, false, null);
    }

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(RuleViolationException.class).hasMessage(key);
    }

    @Test
    void perMeetingNumberingRestartsEachMeeting() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long a = fixture.meetingWithAttendance(meetings, w);
        long b = fixture.meetingWithAttendance(meetings, w);
        assertThat(meetings.createParagraph(w.m(), a, decision("Ett")).label()).isEqualTo("§ 1");
        assertThat(meetings.createParagraph(w.m(), a, decision("Två")).label()).isEqualTo("§ 2");
        assertThat(meetings.createParagraph(w.m(), b, decision("Ett")).label()).isEqualTo("§ 1");
    }

    @Test
    void perBodyAndYearNumberingRunsOnThroughTheYearWithoutGaps() {
        var w = fixture.create(ParagraphNumbering.PER_BODY_AND_YEAR);
        long a = fixture.meetingWithAttendance(meetings, w);
        long b = fixture.meetingWithAttendance(meetings, w);
        meetings.createParagraph(w.m(), a, decision("Ett"));
        // a refused paragraph takes no number
        refused(() -> meetings.createParagraph(w.m(), a, new ParagraphInput("Fel", null, DecisionType.PROPOSAL,
                null, null, null, null, null, null, false, null)), "meetings.paragraph.targetBody.required");
        meetings.createParagraph(w.m(), a, decision("Två"));
        assertThat(meetings.createParagraph(w.m(), b, decision("Tre")).label()).isEqualTo("§ 3");
        long ksMeeting = meetings.createMeeting(w.m(), new MeetingInput(w.ks(), MeetingFixture.DATE, null, null, null,
                null, null, null, null, null)).id();
        assertThat(meetings.createParagraph(w.m(), ksMeeting, decision("KS")).label()).isEqualTo("§ 1");
    }

    @Test
    void numberSlashYearNumbering() {
        var w = fixture.create(ParagraphNumbering.NUMBER_SLASH_YEAR);
        long a = fixture.meetingWithAttendance(meetings, w);
        assertThat(meetings.createParagraph(w.m(), a, decision("Ett")).label()).isEqualTo("§ 1/2022");
        assertThat(meetings.createParagraph(w.m(), a, decision("Två")).label()).isEqualTo("§ 2/2022");
    }

    @Test
    void partyAndRoleComeFromTheRegisterOnTheMeetingDate() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        MeetingView view = meetings.findMeeting(w.m(), id);
        var chair = view.attendance().stream().filter(a -> a.personId() == w.chair()).findFirst().orElseThrow();
        assertThat(chair.party()).isEqualTo("S");
        assertThat(chair.role()).isEqualTo("CHAIR");
        assertThat(chair.name()).isEqualTo("Rasmus Lenefors");
        var official = view.attendance().stream().filter(a -> a.personId() == w.official()).findFirst().orElseThrow();
        assertThat(official.title()).isEqualTo("bitr. säkerhetschef");
        assertThat(official.party()).isNull();
        // someone without a seat on the date cannot attend as member; a meeting after the seats ended neither
        refused(() -> meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER, w.outsider(),
                null, null, null, false, null)), "meetings.attendance.notInRegister");
        long later = meetings.createMeeting(w.m(), new MeetingInput(w.tdb(), java.time.LocalDate.of(2023, 2, 1),
                null, null, null, null, null, null, null, null)).id();
        refused(() -> meetings.addAttendance(w.m(), later, new AttendanceInput(AttendanceKind.MEMBER, w.chair(),
                null, null, null, false, null)), "meetings.attendance.notInRegister");
        // a serving substitute replaces an absent member only
        refused(() -> meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.SERVING_SUBSTITUTE,
                w.substitute(), null, null, w.member(), false, null)), "meetings.attendance.replacedPresent");
        refused(() -> meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER,
                w.substitute(), null, null, null, false, null)), "meetings.attendance.isSubstitute");
    }

    @Test
    void voteCountsAreComputedAndMustMatchTheServingMembers() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        long p = meetings.createParagraph(w.m(), id, decision("Omröstning")).id();
        VoteInput.Ballot chair = new VoteInput.Ballot(w.chair(), Choice.JA);
        VoteInput.Ballot member = new VoteInput.Ballot(w.member(), Choice.NEJ);
        VoteInput.Ballot member2 = new VoteInput.Ballot(w.member2(), Choice.JA);
        // missing ballot
        refused(() -> meetings.recordVote(w.m(), p, vote(List.of(chair, member))), "meetings.vote.countMismatch");
        // an official cannot vote
        refused(() -> meetings.recordVote(w.m(), p, vote(List.of(chair, member, member2,
                new VoteInput.Ballot(w.official(), Choice.JA)))), "meetings.vote.notEntitled");
        refused(() -> meetings.recordVote(w.m(), p, vote(List.of(chair, member, member, member2))),
                "meetings.vote.duplicateBallot");
        ParagraphView view = meetings.recordVote(w.m(), p, vote(List.of(chair, member, member2)));
        var v = view.votes().get(0);
        assertThat(List.of(v.ja(), v.nej(), v.avstar())).containsExactly(2, 1, 0);
        assertThat(v.ballots()).extracting(ParagraphView.BallotView::party).contains("S", "V");
        // a vote implies no reservation
        assertThat(view.items(ItemKind.RESERVATION)).isEmpty();
        // a member with a conflict of interest is excluded from the next vote
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.CONFLICT, w.member2(), null, null, null));
        refused(() -> meetings.recordVote(w.m(), p, vote(List.of(chair, member, member2))), "meetings.vote.notEntitled");
        assertThat(meetings.recordVote(w.m(), p, vote(List.of(chair, member))).votes()).hasSize(2);
        // the first vote no longer adds up: the check says so
        assertThat(meetings.checkMinutes(w.m(), id)).extracting(Problem::messageKey).contains("meetings.check.voteMismatch");
    }

    private static VoteInput vote(List<VoteInput.Ballot> ballots) {
        return new VoteInput("Ordförandens förslag mot V-yrkandet", "bifall till ordförandens förslag",
                "bifall till V-yrkandet", ballots);
    }

    @Test
    void reservationsOnlyByMembersWhoTookPart() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        long p = meetings.createParagraph(w.m(), id, decision("Beslut")).id();
        refused(() -> meetings.addItem(w.m(), p, new ItemInput(ItemKind.RESERVATION, w.outsider(), null, "Res", null)),
                "meetings.item.notPresent");
        refused(() -> meetings.addItem(w.m(), p, new ItemInput(ItemKind.RESERVATION, w.official(), null, "Res", null)),
                "meetings.reservation.notServing");
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOT_PARTICIPATING, w.member2(), null, null, null));
        refused(() -> meetings.addItem(w.m(), p, new ItemInput(ItemKind.RESERVATION, w.member2(), null, "Res", null)),
                "meetings.reservation.notTakingPart");
        ParagraphView view = meetings.addItem(w.m(), p, new ItemInput(ItemKind.RESERVATION, w.member(), null,
                "Reservation till förmån för eget yrkande", null));
        assertThat(view.items(ItemKind.RESERVATION)).singleElement()
                .satisfies(i -> assertThat(i.party()).isEqualTo("V"));
    }

    @Test
    void consistencyChecksFindAnnexesAndAttendance() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = meetings.createMeeting(w.m(), new MeetingInput(w.tdb(), MeetingFixture.DATE, null, null, null, null,
                null, null, null, null)).id();
        assertThat(meetings.checkMinutes(w.m(), id)).extracting(Problem::messageKey)
                .contains("meetings.check.noChair", "meetings.check.noAdjuster");
        long full = fixture.meetingWithAttendance(meetings, w);
        long p = meetings.createParagraph(w.m(), full, decision("Beslut")).id();
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.official(), null, null, null));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, w.member(), null, "Anteckning", "Bilaga 1"));
        List<Problem> problems = meetings.checkMinutes(w.m(), full);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.messageKey()).isEqualTo("meetings.check.annexMissing");
            assertThat(pr.link()).isEqualTo("/paragraphs/" + p);
        });
        refused(() -> meetings.confirmMinutes(w.m(), full, w.chair(), "sekr"), "meetings.adjust.problems");
        ParagraphView view = meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "V-gruppens anteckning", "Bilaga 1"));
        assertThat(view.items(ItemKind.SPEAKER).get(0).title()).isEqualTo("bitr. säkerhetschef");
        assertThat(meetings.checkMinutes(w.m(), full)).isEmpty();
    }

    @Test
    void adjustedMinutesRefuseEveryChange() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        ParagraphView p = meetings.createParagraph(w.m(), id, decision("Beslut"));
        long itemId = meetings.addItem(w.m(), p.id(), new ItemInput(ItemKind.POINT, null, null, "Punkt 1", null))
                .items().get(0).id();
        refused(() -> meetings.confirmMinutes(w.m(), id, w.member2(), "sekr"), "meetings.adjust.notSigner");
        MeetingView half = meetings.confirmMinutes(w.m(), id, w.chair(), "sekr");
        assertThat(half.status()).isEqualTo(MeetingStatus.OPEN);
        refused(() -> meetings.confirmMinutes(w.m(), id, w.chair(), "sekr"), "meetings.adjust.alreadyConfirmed");
        MeetingView done = meetings.confirmMinutes(w.m(), id, w.member(), "sekr");
        assertThat(done.status()).isEqualTo(MeetingStatus.ADJUSTED);
        assertThat(done.signatures()).extracting(MeetingView.SignatureView::method).containsOnly("CONFIRMED");
        long version = done.version();
        long pv = meetings.findParagraph(w.m(), p.id()).version();
        String locked = "meetings.adjusted.locked";
        refused(() -> meetings.updateMeeting(w.m(), id, version, new MeetingInput(w.tdb(), MeetingFixture.DATE, null,
                null, "Annan plats", w.chair(), null, null, null, null)), locked);
        refused(() -> meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.OTHER, null, "Gäst", null,
                null, false, null)), locked);
        refused(() -> meetings.removeAttendance(w.m(), id, done.attendance().get(0).id()), locked);
        refused(() -> meetings.createParagraph(w.m(), id, decision("Ny")), locked);
        refused(() -> meetings.updateParagraph(w.m(), p.id(), pv, decision("Ändrad")), locked);
        refused(() -> meetings.addItem(w.m(), p.id(), new ItemInput(ItemKind.POINT, null, null, "Punkt 2", null)), locked);
        refused(() -> meetings.removeItem(w.m(), p.id(), itemId), locked);
        refused(() -> meetings.recordVote(w.m(), p.id(), vote(List.of())), locked);
        refused(() -> meetings.confirmMinutes(w.m(), id, w.chair(), "sekr"), locked);
        MeetingView corrected = meetings.addCorrection(w.m(), id, p.id(), "Rättelse: stavfel i punkt 1", "sekr");
        assertThat(corrected.corrections()).hasSize(1);
        assertThat(meetings.findParagraph(w.m(), p.id()).items(ItemKind.POINT).get(0).text()).isEqualTo("Punkt 1");
    }

    @Test
    void immediateAdjustmentLocksTheParagraphOnly() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        ParagraphView p = meetings.createParagraph(w.m(), id, new ParagraphInput("Brådskande", null,
                DecisionType.DECISION, null, null, null, null, null, null, true, null));
        ParagraphView other = meetings.createParagraph(w.m(), id, decision("Annat"));
        meetings.confirmParagraph(w.m(), p.id(), w.chair(), "sekr");
        ParagraphView adjusted = meetings.confirmParagraph(w.m(), p.id(), w.member(), "sekr");
        assertThat(adjusted.adjusted()).isTrue();
        assertThat(adjusted.locked()).isTrue();
        refused(() -> meetings.addItem(w.m(), p.id(), new ItemInput(ItemKind.POINT, null, null, "x", null)),
                "meetings.paragraph.locked");
        refused(() -> meetings.updateParagraph(w.m(), p.id(), adjusted.version(), decision("x")), "meetings.paragraph.locked");
        refused(() -> meetings.confirmParagraph(w.m(), other.id(), w.chair(), "sekr"), "meetings.adjust.notImmediate");
        assertThat(meetings.addItem(w.m(), other.id(), new ItemInput(ItemKind.POINT, null, null, "y", null)).items()).hasSize(1);
    }

    @Test
    void aProposalBecomesAnItemOfTheTargetBody() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long caseId = fixture.insertCase(w.m(), "KS-2022/177.173", "Handlingsprogram för trygghet");
        long id = fixture.meetingWithAttendance(meetings, w);
        ParagraphView proposal = meetings.createParagraph(w.m(), id, new ParagraphInput("Handlingsprogram", caseId,
                DecisionType.PROPOSAL, w.ks(), "Kommunstyrelsen föreslår fullmäktige att anta programmet", null,
                "Sammanfattning", null, "Kommunstyrelsen", false, null));
        assertThat(proposal.caseNumber()).isEqualTo("KS-2022/177.173");
        assertThat(proposal.targetBodyName()).isEqualTo("Kommunstyrelsen");
        assertThat(meetings.openProposals(w.m(), w.ks())).extracting(ProposalItem::paragraphId).containsExactly(proposal.id());
        long ksMeeting = meetings.createMeeting(w.m(), new MeetingInput(w.ks(), MeetingFixture.DATE.plusDays(20), null,
                null, null, null, null, null, null, null)).id();
        ParagraphView picked = meetings.pickProposal(w.m(), ksMeeting, proposal.id());
        assertThat(picked.caseId()).isEqualTo(caseId);
        assertThat(picked.sourceParagraphId()).isEqualTo(proposal.id());
        assertThat(meetings.openProposals(w.m(), w.ks())).isEmpty();

        refused(() -> meetings.createParagraph(w.m(), id, new ParagraphInput("x", 999_999L, DecisionType.NOTED,
                null, null, null, null, null, null, false, null)), "meetings.paragraph.caseUnknown");

        // once the committee's minutes are adjusted, the proposal is a step in the case's history
        meetings.confirmMinutes(w.m(), id, w.chair(), "sekr");
        meetings.confirmMinutes(w.m(), id, w.member(), "sekr");
        assertThat(caseUseCases.history(w.m(), caseId)).extracting(se.tryggve.cases.CaseEvent::text)
                .anySatisfy(t -> assertThat(t).contains("17 februari 2022").contains(proposal.label())
                        .contains("Förslag till annat organ").contains("Handlingsprogram").contains("(Kommunstyrelsen)"));
    }

    @Test
    void staleVersionsAreRefused() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        MeetingView view = meetings.findMeeting(w.m(), id);
        Consumer<Long> update = v -> meetings.updateMeeting(w.m(), id, v, new MeetingInput(w.tdb(), MeetingFixture.DATE,
                null, null, "Ny plats", w.chair(), null, null, null, null));
        update.accept(view.version());
        assertThatThrownBy(() -> update.accept(view.version())).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aServingSubstituteVotesForTheAbsentMember() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = meetings.createMeeting(w.m(), new MeetingInput(w.tdb(), MeetingFixture.DATE, null, null, null, null,
                null, null, null, null)).id();
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER, w.chair(), null, null, null, false, null));
        MeetingView view = meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.SERVING_SUBSTITUTE,
                w.substitute(), null, null, w.member2(), true, null));
        var sub = view.attendance().stream().filter(a -> a.personId() == w.substitute()).findFirst().orElseThrow();
        assertThat(sub.party()).isEqualTo("V");
        assertThat(sub.role()).isEqualTo("SUBSTITUTE");
        assertThat(sub.replacesName()).isEqualTo("Ingalill Söderberg");
        long p = meetings.createParagraph(w.m(), id, decision("Beslut")).id();
        ParagraphView voted = meetings.recordVote(w.m(), p, vote(List.of(new VoteInput.Ballot(w.chair(), Choice.JA),
                new VoteInput.Ballot(w.substitute(), Choice.NEJ))));
        assertThat(voted.votes().get(0).nej()).isEqualTo(1);
        // once numbered, the meeting cannot move to another body or year
        long version = meetings.findMeeting(w.m(), id).version();
        refused(() -> meetings.updateMeeting(w.m(), id, version, new MeetingInput(w.tdb(),
                java.time.LocalDate.of(2021, 12, 1), null, null, null, null, null, null, null, null)),
                "meetings.paragraphsNumbered");
        // a referral back needs instructions
        refused(() -> meetings.createParagraph(w.m(), id, new ParagraphInput("Återremiss", null,
                DecisionType.REFERRED_BACK, null, null, " ", null, null, null, false, null)),
                "meetings.paragraph.instructions.required");
    }

    @Test
    void concurrentParagraphsGetGaplessUniqueNumbers() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_BODY_AND_YEAR);
        long a = fixture.meetingWithAttendance(meetings, w);
        long b = fixture.meetingWithAttendance(meetings, w);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> jobs = new java.util.ArrayList<>();
            for (long meeting : new long[] {a, b}) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        meetings.createParagraph(w.m(), meeting, decision("P" + i));
                    }
                }));
            }
            for (var job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> numbers = new java.util.ArrayList<>();
        for (long meeting : new long[] {a, b}) {
            meetings.findMeeting(w.m(), meeting).paragraphs()
                    .forEach(p -> numbers.add(meetings.findParagraph(w.m(), p.id()).number()));
        }
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    /** The shape of the seed's § 11: five speakers incl. an official with title, three notes with annexes, a proposal to KS. */
    @Test
    void aParagraphLikeTheSeedsParagraph11Fits() {
        var w = fixture.create(ParagraphNumbering.PER_BODY_AND_YEAR);
        long caseId = fixture.insertCase(w.m(), "KS-2022/177.173", "Program för trygghet och säkerhet");
        long id = fixture.meetingWithAttendance(meetings, w);
        long p = meetings.createParagraph(w.m(), id, new ParagraphInput("Program för trygghet och säkerhet 2022–2026",
                caseId, DecisionType.PROPOSAL, w.ks(), "Kommunfullmäktige antar programmet.", null,
                "Programmet ersätter det tidigare programmet.", "Ordföranden ställer proposition på förslaget.",
                "Kommunstyrelsen", false, null)).id();
        for (long speaker : new long[] {w.chair(), w.official(), w.member(), w.member2(), w.chair()}) {
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, speaker, null, null, null));
        }
        for (int i = 1; i <= 3; i++) {
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "Protokollsanteckning " + i, "Bilaga " + i));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, i == 2 ? w.member2() : w.member(), null,
                    "Anteckning " + i, "Bilaga " + i));
        }
        ParagraphView view = meetings.findParagraph(w.m(), p);
        assertThat(view.items(ItemKind.SPEAKER)).hasSize(5).extracting(ParagraphView.ItemView::party)
                .containsExactly("S", null, "V", "S", "S");
        assertThat(view.items(ItemKind.SPEAKER).get(1).title()).isEqualTo("bitr. säkerhetschef");
        assertThat(view.items(ItemKind.NOTE)).extracting(ParagraphView.ItemView::annexRef)
                .containsExactly("Bilaga 1", "Bilaga 2", "Bilaga 3");
        assertThat(view.targetBodyName()).isEqualTo("Kommunstyrelsen");
        assertThat(meetings.checkMinutes(w.m(), id)).isEmpty();
    }
}
