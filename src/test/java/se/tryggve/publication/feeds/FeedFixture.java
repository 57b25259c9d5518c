package se.tryggve.publication.feeds;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import se.tryggve.meetings.AttendanceInput;
import se.tryggve.meetings.AttendanceKind;
import se.tryggve.meetings.DecisionType;
import se.tryggve.meetings.ItemInput;
import se.tryggve.meetings.ItemKind;
import se.tryggve.meetings.MeetingInput;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.Notice;
import se.tryggve.meetings.Notices;
import se.tryggve.meetings.ParagraphInput;
import se.tryggve.organisation.BodyInput;
import se.tryggve.organisation.BodyType;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.MembershipInput;
import se.tryggve.organisation.MembershipRole;
import se.tryggve.organisation.Memberships;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.organisation.Parties;
import se.tryggve.organisation.PartyInput;
import se.tryggve.organisation.People;
import se.tryggve.organisation.PersonInput;
import se.tryggve.testing.TestData;

/**
 * A municipality with a committee whose name needs escaping and folding in iCalendar, an adjusted meeting
 * with a notice on the board, an open meeting later, and one without announced times.
 */
@Component
public class FeedFixture {

    public static final String DECISION = "Klottret på Storgatans skola saneras inom ett dygn.";
    public static final String DRAFT = "Förslag om kameraövervakning vid badplatsen";
    public static final String SECRET = "Hotbild mot vattenverket";
    static final String BODY = "Trygghets-, delaktighets- och brottsförebyggande beredningen; Söder\\Norr";
    static final String PLACE = "Stadshuset, sammanträdesrum Ängsö; plan 2";

    private final TestData data;
    private final Bodies bodies;
    private final Parties parties;
    private final People people;
    private final Memberships memberships;
    private final Meetings meetings;
    private final Notices notices;

    FeedFixture(TestData data, Bodies bodies, Parties parties, People people, Memberships memberships, Meetings meetings,
                Notices notices) {
        this.data = data;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.memberships = memberships;
        this.meetings = meetings;
        this.notices = notices;
    }

    public record World(Municipality mu, long adjusted, long open, long noTimes, Notice notice) {
    }

    public World create() {
        Municipality mu = data.newMunicipality("Flödesby kommun");
        long m = mu.id();
        var b = new BodyInput();
        b.setName(BODY);
        b.setShortName("TDB");
        b.setType(BodyType.PREPARATORY_COMMITTEE);
        b.setActive(true);
        long body = bodies.createBody(m, b).id();
        var p = new PartyInput();
        p.setAbbreviation("S");
        p.setName("Socialdemokraterna");
        long party = parties.createParty(m, p).id();
        long chair = person(m, "Rasmus", "Lenefors");
        long member = person(m, "Nujin", "Alacabek");
        seat(m, chair, body, MembershipRole.CHAIR, party);
        seat(m, member, body, MembershipRole.MEMBER, party);

        LocalDate day = LocalDate.of(2025, 6, 17);
        long adjusted = meetings.createMeeting(m, new MeetingInput(body, day, "13:00", "15:10", PLACE, null,
                "Anna Sekreterare", day.plusDays(2), "Stadshuset", null)).id();
        meetings.addAttendance(m, adjusted, new AttendanceInput(AttendanceKind.MEMBER, chair, null, null, null, false, null));
        meetings.addAttendance(m, adjusted, new AttendanceInput(AttendanceKind.MEMBER, member, null, null, null, true, null));
        var view = meetings.findMeeting(m, adjusted);
        meetings.updateMeeting(m, adjusted, view.version(), new MeetingInput(body, day, "13:00", "15:10", PLACE, chair,
                "Anna Sekreterare", day.plusDays(2), "Stadshuset", null));
        long first = meetings.createParagraph(m, adjusted, new ParagraphInput("Mötets öppnande", null, DecisionType.NOTED,
                null, null, null, null, null, null, false, null)).id();
        meetings.addItem(m, first, new ItemInput(ItemKind.POINT, null, null, "Mötet öppnas.", null));
        long decided = meetings.createParagraph(m, adjusted, new ParagraphInput("Sanering av klotter", null,
                DecisionType.DECISION, null, null, null, null, null, null, false, null)).id();
        meetings.addItem(m, decided, new ItemInput(ItemKind.POINT, null, null, DECISION, null));
        long secret = meetings.createParagraph(m, adjusted, new ParagraphInput(SECRET, null, DecisionType.DECISION, null,
                null, null, "Sårbarheter i vattenverkets skalskydd", null, null, false, null)).id();
        meetings.addItem(m, secret, new ItemInput(ItemKind.POINT, null, null, "Skalskyddet förstärks vid vattenverket.", null));
        meetings.markConfidentiality(m, secret, true, "OSL 18 kap. 13 §");
        meetings.confirmMinutes(m, adjusted, chair, "Anna Sekreterare");
        meetings.confirmMinutes(m, adjusted, member, "Anna Sekreterare");
        Notice notice = notices.postNotice(m, adjusted, LocalDate.now(ZoneId.of("Europe/Stockholm")));

        long open = meetings.createMeeting(m, new MeetingInput(body, LocalDate.of(2025, 12, 9), "09:00", null, PLACE, null,
                "Anna Sekreterare", null, null, null)).id();
        long draft = meetings.createParagraph(m, open, new ParagraphInput("Kameraövervakning", null, DecisionType.DECISION,
                null, null, null, null, null, null, false, null)).id();
        meetings.addItem(m, draft, new ItemInput(ItemKind.POINT, null, null, DRAFT, null));
        long noTimes = meetings.createMeeting(m, new MeetingInput(body, LocalDate.of(2026, 1, 20), null, null, null, null,
                null, null, null, null)).id();
        return new World(mu, adjusted, open, noTimes, notice);
    }

    private long person(long m, String first, String last) {
        var in = new PersonInput();
        in.setFirstName(first);
        in.setLastName(last);
        in.setActive(true);
        return people.createPerson(m, in).id();
    }

    private void seat(long m, long person, long body, MembershipRole role, long party) {
        var in = new MembershipInput();
        in.setPersonId(person);
        in.setBodyId(body);
        in.setRole(role);
        in.setPartyId(party);
        in.setValidFrom(LocalDate.of(2024, 1, 1));
        in.setValidTo(LocalDate.of(2026, 12, 31));
        memberships.addMembership(m, in);
    }
}
