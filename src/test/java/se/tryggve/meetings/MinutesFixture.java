package se.tryggve.meetings;

import org.springframework.stereotype.Component;

/** Builds on MeetingFixture: a meeting of TDB with a paragraph like the seed's § 11, optionally adjusted. */
@Component
class MinutesFixture {

    static final String DECISION = "Beredningen föreslår kommunstyrelsen att besluta i enlighet med förvaltningens förslag till beslut.";
    static final String PROPOSAL = "Uppföljningen av programmet för trygghet och säkerhet godkänns.";
    static final String SUMMARY = "Det övergripande målet är att kommunen ska vara trygg och säker för alla.\n\n"
            + "1. Trygghetsskapande och brottsförebyggande arbete\n2. Skydd mot olyckor\n3. Krisberedskap\n"
            + "4. Civilt försvar\n5. Internt skydds- och säkerhetsarbete";
    static final String TITLE = "Uppföljning av Program för trygghet och säkerhet 2021";

    private final Meetings meetings;
    private final MeetingFixture fixture;

    MinutesFixture(Meetings meetings, MeetingFixture fixture) {
        this.meetings = meetings;
        this.fixture = fixture;
    }

    record Seeded(MeetingFixture.World world, long meetingId, long paragraphId) {
    }

    Seeded seeded(boolean adjust) {
        var w = fixture.create(se.tryggve.organisation.ParagraphNumbering.PER_MEETING);
        long meeting = fixture.meetingWithAttendance(meetings, w);
        long caseId = fixture.insertCase(w.m(), "KS-2022/177.173", TITLE);
        long first = meetings.createParagraph(w.m(), meeting, new ParagraphInput("Mötets öppnande", null,
                DecisionType.NOTED, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(w.m(), first, new ItemInput(ItemKind.POINT, null, null, "Mötet öppnas.", null));
        long p = meetings.createParagraph(w.m(), meeting, new ParagraphInput(TITLE, caseId, DecisionType.PROPOSAL,
                w.ks(), PROPOSAL, null, SUMMARY, null, "Kommunstyrelsen", false, null)).id();
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.POINT, null, null, DECISION, null));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.chair(), null, null, null));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.member(), null, null, null));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.official(), null, null, null));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "Protokollsanteckning (S)", "Bilaga 1"));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "Protokollsanteckning (V)", "Bilaga 2"));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, w.chair(), null, null, "Bilaga 1"));
        meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, w.member(), null, null, "Bilaga 2"));
        if (adjust) {
            adjust(w, meeting);
        }
        return new Seeded(w, meeting, p);
    }

    void adjust(MeetingFixture.World w, long meeting) {
        meetings.confirmMinutes(w.m(), meeting, w.chair(), "Anna Sekreterare");
        meetings.confirmMinutes(w.m(), meeting, w.member(), "Anna Sekreterare");
    }
}
