package se.tryggve.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.BodyInput;
import se.tryggve.organisation.BodyType;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.MembershipInput;
import se.tryggve.organisation.MembershipRole;
import se.tryggve.organisation.Memberships;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.OfficialInput;
import se.tryggve.organisation.Officials;
import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.organisation.Parties;
import se.tryggve.organisation.PartyInput;
import se.tryggve.organisation.People;
import se.tryggve.organisation.PersonInput;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/**
 * A test world for meetings: a municipality with a committee (TDB) and a board (KS), parties S and
 * V, the members chair (S), member (V), member2 (S), a substitute (V) valid in 2022, an outsider with
 * no seat, an official with a title; and users secretary, reader and reporter.
 */
@Component
class MeetingFixture {

    static final LocalDate DATE = LocalDate.of(2022, 2, 17);

    private final TestData data;
    private final Municipalities municipalities;
    private final Bodies bodies;
    private final Parties parties;
    private final People people;
    private final Memberships memberships;
    private final Departments departments;
    private final Officials officials;
    private final JdbcClient jdbc;

    MeetingFixture(TestData data, Municipalities municipalities, Bodies bodies, Parties parties, People people,
                   Memberships memberships, Departments departments, Officials officials, JdbcClient jdbc) {
        this.data = data;
        this.municipalities = municipalities;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.memberships = memberships;
        this.departments = departments;
        this.officials = officials;
        this.jdbc = jdbc;
    }

    record World(long m, long tdb, long ks, long s, long v, long chair, long member, long member2, long substitute,
                 long outsider, long official, String secretary, String reader, String reporter, String admin) {
    }

    World create(ParagraphNumbering numbering) {
        var mun = data.newMunicipality("Testkommun");
        long m = mun.id();
        var settings = new se.tryggve.organisation.SettingsInput();
        settings.setJudgementScale(mun.judgement());
        settings.setParagraphNumbering(numbering);
        municipalities.updateMunicipalitySettings(m, mun.version(), settings);
        long ks = body(m, "Kommunstyrelsen", "KS", BodyType.BOARD, null);
        long tdb = body(m, "Trygghets- och delaktighetsberedningen", "TDB", BodyType.PREPARATORY_COMMITTEE, ks);
        long s = party(m, "S", "Socialdemokraterna");
        long v = party(m, "V", "Vänsterpartiet");
        long chair = person(m, "Rasmus", "Lenefors");
        long member = person(m, "Nujin", "Alacabek");
        long member2 = person(m, "Ingalill", "Söderberg");
        long substitute = person(m, "Louise", "Rollins");
        long outsider = person(m, "Olle", "Utomstående");
        long official = person(m, "Catarina", "Klockerud");
        seat(m, chair, tdb, MembershipRole.CHAIR, s);
        seat(m, member, tdb, MembershipRole.MEMBER, v);
        seat(m, member2, tdb, MembershipRole.MEMBER, s);
        seat(m, substitute, tdb, MembershipRole.SUBSTITUTE, v);
        var dep = new DepartmentInput();
        dep.setName("Kommunstyrelsens förvaltning");
        dep.setShortName("KSF");
        dep.setActive(true);
        long depId = departments.createDepartment(m, dep).id();
        var off = new OfficialInput();
        off.setPersonId(official);
        off.setDepartmentId(depId);
        off.setTitle("bitr. säkerhetschef");
        off.setValidFrom(LocalDate.of(2020, 1, 1));
        officials.addOfficialRole(m, off);
        return new World(m, tdb, ks, s, v, chair, member, member2, substitute, outsider, official,
                data.newUser(m, null, Role.SECRETARY), data.newUser(m, null, Role.READER),
                data.newUser(m, depId, Role.DEPARTMENT_REPORTER), data.newUser(m, null, Role.ADMINISTRATOR));
    }

    /** A meeting of TDB on {@link #DATE} with chair, member (adjuster) and member2 present. */
    long meetingWithAttendance(Meetings meetings, World w) {
        long id = meetings.createMeeting(w.m(), new MeetingInput(w.tdb(), DATE, "13:00", "15:10", "Kommunalhuset",
                null, "Anna Sekreterare", DATE.plusDays(7), "Kommunalhuset", null)).id();
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER, w.chair(), null, null, null, false, null));
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER, w.member(), null, null, null, true, null));
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.MEMBER, w.member2(), null, null, null, false, null));
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.OFFICIAL, w.official(), null, null, null, false, null));
        MeetingView view = meetings.findMeeting(w.m(), id);
        meetings.updateMeeting(w.m(), id, view.version(), new MeetingInput(w.tdb(), DATE, "13:00", "15:10",
                "Kommunalhuset", w.chair(), "Anna Sekreterare", DATE.plusDays(7), "Kommunalhuset", null));
        return id;
    }

    /**
     * Inserts a case row directly into the cases module's skeleton tables. Acceptable for tests only:
     * the cases module's use cases are built in parallel and not available yet.
     */
    long insertCase(long m, String number, String title) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_registry (municipality_id, code, name, number_format) values (:m, :c, 'Diarium', 'KS-{year}/{serial}')")
                .param("m", m).param("c", "R" + number.hashCode()).update(keys, "id");
        long registry = keys.getKey().longValue();
        var caseKeys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into case_file (municipality_id, registry_id, case_year, serial, case_number, title, status, created_at)
                values (:m, :r, 2022, 177, :n, :t, 'OPEN', :at)""")
                .param("m", m).param("r", registry).param("n", number).param("t", title)
                .param("at", Timestamp.from(Instant.parse("2022-01-20T10:00:00Z"))).update(caseKeys, "id");
        return caseKeys.getKey().longValue();
    }

    private long body(long m, String name, String shortName, BodyType type, Long parent) {
        var in = new BodyInput();
        in.setName(name);
        in.setShortName(shortName);
        in.setType(type);
        in.setParentId(parent);
        in.setActive(true);
        return bodies.createBody(m, in).id();
    }

    private long party(long m, String abbreviation, String name) {
        var in = new PartyInput();
        in.setAbbreviation(abbreviation);
        in.setName(name);
        return parties.createParty(m, in).id();
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
        in.setValidFrom(LocalDate.of(2019, 1, 1));
        in.setValidTo(LocalDate.of(2022, 12, 31));
        memberships.addMembership(m, in);
    }
}
