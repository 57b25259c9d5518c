package se.tryggve.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.cases.CaseDirectory;
import se.tryggve.cases.CaseRef;
import se.tryggve.organisation.BodyInfo;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.People;
import se.tryggve.organisation.PersonInfo;

/**
 * Demo data: the meeting of Trygghets- och delaktighetsberedningen on 17 February 2022 with § 11 as in
 * the seed paragraph (the committee's proposal to the board on the 2021 follow-up, the summary with the
 * five areas, the five speakers, the three protocol notes with their annexes), adjusted and posted on the
 * official notice board; and the board's
 * later meeting that takes up the proposal. The seed names neither chair nor adjuster and none of the
 * meeting's other paragraphs: § 1–10 are short example items, and the chair and adjuster are the demo's
 * choice among the members. The board's meeting is left open: the demo register holds no board members.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoMeetings implements ApplicationRunner {

    static final LocalDate MEETING_DATE = LocalDate.of(2022, 2, 17);
    static final String CASE_NUMBER = "KS-2022/177.173";
    static final String TITLE = "Uppföljning av Program för trygghet och säkerhet 2021";
    static final String DECISION = "Trygghets- och delaktighetsberedningen föreslår kommunstyrelsen att besluta i enlighet "
            + "med förvaltningens förslag till beslut.";
    static final String PROPOSED_DECISION = "Uppföljningen av ”Program för trygghet och säkerhet 2018–2021”, enligt bilaga 1 "
            + "till kommunstyrelsens tjänsteutlåtande daterat den 1 februari 2022, godkänns.";
    static final String SUMMARY = """
            Det övergripande målet i ”Program för trygghet och säkerhet 2018–2021” är att Huddinge ska vara en trygg och säker \
            kommun för alla som bor, verkar och vistas där. Detta mål bryts ned till övergripande delmål för vart och ett av de \
            fem ansvarsområden som programmet är indelat i.
            1. Trygghetsskapande och brottsförebyggande arbete
            2. Skydd mot olyckor
            3. Krisberedskap
            4. Civilt försvar
            5. Internt skydds- och säkerhetsarbete
            Planen ryms inom kommunens fokus med social hållbarhet, och har ett tydligt barnperspektiv.
            Den årliga uppföljningen avser det arbete som bidragit till att uppfylla de underliggande målen som beskrivs under \
            vart och ett av de fem ansvarsområdena.
            I bifogad rapport redovisas även uppföljningen av riktlinjerna gällande klotterrelaterad skadegörelse respektive \
            arbetet med att förebygga och förhindra våldsbejakande extremism.
            Trots den extra ordinära situation som gällt under pandemin utvecklades arbetet under 2021 och förvaltningen \
            bedömer att målen för arbetet med trygghet och säkerhet uppnås under programperioden.""";

    private static final List<String> EARLIER_ITEMS = List.of("Val av justerare", "Godkännande av dagordningen",
            "Information om trygghetsläget i kommunen", "Information om medborgarlöften", "Information om EST-arbetet",
            "Rapport från det brottsförebyggande rådet", "Delaktighetsarbetet under 2022", "Information om krisberedskap",
            "Anmälan av delegationsbeslut", "Anmälningsärenden");

    static final String CRISIS_GROUND = "18 kap. 13 § offentlighets- och sekretesslagen (2009:400)";

    private final Meetings meetings;
    private final Notices notices;
    private final MeetingStore store;
    private final Bodies bodies;
    private final People people;
    private final CaseDirectory cases;
    private final Municipalities municipalities;
    private final String code;

    DemoMeetings(Meetings meetings, Notices notices, MeetingStore store, Bodies bodies, People people, CaseDirectory cases, Municipalities municipalities,
                 @Value("${tryggve.setup.municipality-code}") String code) {
        this.meetings = meetings;
        this.notices = notices;
        this.store = store;
        this.bodies = bodies;
        this.people = people;
        this.cases = cases;
        this.municipalities = municipalities;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        BodyInfo tdb = body(m, "Trygghets- och delaktighetsberedningen");
        BodyInfo ks = body(m, "Kommunstyrelsen");
        CaseRef c = cases.findCaseByNumber(m, CASE_NUMBER).orElse(null);
        if (tdb == null || ks == null || c == null || !meetings.listMeetings(m, tdb.id()).isEmpty()) {
            return;
        }
        long lenefors = person(m, "Rasmus", "Lenefors");
        long alacabek = person(m, "Nujin", "Alacabek");
        long soderberg = person(m, "Ingalill", "Söderberg");
        long rollins = person(m, "Louise", "Rollins");
        long klockerud = person(m, "Catarina", "Klockerud");

        long id = meetings.createMeeting(m, new MeetingInput(tdb.id(), MEETING_DATE, "13.00", "15.30",
                "Kommunalhuset, Huddinge", lenefors, "Kommunsekreterare (exempel)", LocalDate.of(2022, 2, 22),
                "Kommunstyrelsens förvaltning", null)).id();
        meetings.addAttendance(m, id, new AttendanceInput(AttendanceKind.MEMBER, lenefors, null, null, null, false, null));
        meetings.addAttendance(m, id, new AttendanceInput(AttendanceKind.MEMBER, alacabek, null, null, null, true, null));
        meetings.addAttendance(m, id, new AttendanceInput(AttendanceKind.MEMBER, soderberg, null, null, null, false, null));
        meetings.addAttendance(m, id, new AttendanceInput(AttendanceKind.MEMBER, rollins, null, null, null, false, null));
        meetings.addAttendance(m, id, new AttendanceInput(AttendanceKind.OFFICIAL, klockerud, null, null, null, false, null));

        for (String item : EARLIER_ITEMS) {
            ParagraphView p = meetings.createParagraph(m, id, new ParagraphInput(item, null, DecisionType.NOTED, null, null,
                    null, "Exempelärende i demoinstallationen.", null, null, false, null));
            meetings.addItem(m, p.id(), new ItemInput(ItemKind.POINT, null, null, "Informationen noteras.", null));
            if (item.equals("Information om krisberedskap")) {
                // an example of a paragraph masked in everything public: risk and vulnerability analyses
                // under the law on extraordinary events are secret (OSL 18 kap. 13 §)
                meetings.markConfidentiality(m, p.id(), true, CRISIS_GROUND);
            }
        }

        ParagraphView p11 = meetings.createParagraph(m, id, new ParagraphInput(TITLE, c.id(), DecisionType.PROPOSAL, ks.id(),
                PROPOSED_DECISION, null, SUMMARY, null, "Kommunstyrelsen", false, null));
        meetings.addItem(m, p11.id(), new ItemInput(ItemKind.POINT, null, null, DECISION, null));
        meetings.addItem(m, p11.id(), new ItemInput(ItemKind.DOCUMENT, null, null,
                "Kommunstyrelsens förvaltnings tjänsteutlåtande daterat den 1 februari 2022", null));
        meetings.addItem(m, p11.id(), new ItemInput(ItemKind.DOCUMENT, null, null,
                "Bilaga 1. Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021", null));
        for (long speaker : new long[] {lenefors, alacabek, soderberg, rollins, klockerud}) {
            meetings.addItem(m, p11.id(), new ItemInput(ItemKind.SPEAKER, speaker, null, null, null));
        }
        String[] annexes = {"Bilaga 1", "Bilaga 2", "Bilaga 3"};
        long[] noteBy = {lenefors, alacabek, rollins};
        for (int i = 0; i < annexes.length; i++) {
            meetings.addItem(m, p11.id(), new ItemInput(ItemKind.ANNEX, null, "Protokollsanteckning", null, annexes[i]));
            meetings.addItem(m, p11.id(), new ItemInput(ItemKind.NOTE, noteBy[i], null,
                    "anmäler protokollsanteckning, se bilaga till detta protokoll.", annexes[i]));
        }
        meetings.confirmMinutes(m, id, lenefors, "Kommunsekreterare (exempel)");
        meetings.confirmMinutes(m, id, alacabek, "Kommunsekreterare (exempel)");
        // The demo is built today; its minutes read as adjusted on 22 February 2022.
        store.backdateAdjustment(m, id, LocalDate.of(2022, 2, 22).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Stockholm"))
                .toInstant());
        // Posted two days after the adjustment (KL 8 kap. 12 §): the last day of appeal is 17 March 2022.
        notices.postNotice(m, id, LocalDate.of(2022, 2, 24), "Kommunstyrelsens förvaltning, Kommunalvägen 28, Huddinge",
                "Kommunsekreterare (exempel)");

        long board = meetings.createMeeting(m, new MeetingInput(ks.id(), LocalDate.of(2022, 3, 7), "13.00", null,
                "Kommunalhuset, Huddinge", null, null, null, null, null)).id();
        ParagraphView decided = meetings.pickProposal(m, board, p11.id());
        meetings.addItem(m, decided.id(), new ItemInput(ItemKind.POINT, null, null, PROPOSED_DECISION, null));
    }

    private BodyInfo body(long m, String name) {
        return bodies.listBodies(m).stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    private long person(long m, String first, String last) {
        return people.listPeople(m).stream().filter(p -> p.firstName().equals(first) && p.lastName().equals(last))
                .map(PersonInfo::id).findFirst().orElseThrow(() -> new IllegalStateException("demo person missing: " + last));
    }
}
