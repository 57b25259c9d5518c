package se.tryggve.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.Municipalities.Municipality;

/**
 * Demo data of the embedded default installation (tryggve.demo.enabled): Huddinge kommun's
 * departments, bodies, parties and the members of Trygghets- och delaktighetsberedningen who speak in
 * the seed case. Runs after {@link FirstStart} and before the governance demo; each register is only
 * filled when it is empty, so restarts and real data are left alone. Made through the use cases, so
 * the demo has audit entries like real data.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    /** Huddinge's departments (förvaltningar); other modules look them up by these names. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"Kommunstyrelsens förvaltning", "KSF"},
            new String[] {"Barn- och utbildningsförvaltningen", "BUF"},
            new String[] {"Gymnasie- och arbetsmarknadsförvaltningen", "GAF"},
            new String[] {"Kultur- och fritidsförvaltningen", "KFF"},
            new String[] {"Natur- och byggnadsförvaltningen", "NBF"},
            new String[] {"Socialförvaltningen", "SOF"},
            new String[] {"Äldreomsorgsförvaltningen", "ÄLF"},
            new String[] {"Miljö- och samhällsbyggnadsförvaltningen", "MSF"});

    static final String TDB = "Trygghets- och delaktighetsberedningen";

    /**
     * The parties of Huddinge's council. The seed names DP only by its abbreviation, so the demo
     * does not invent a full name for it: "Lokalt parti i Huddinge" says what is known.
     */
    static final List<String[]> PARTIES = List.of(
            new String[] {"S", "Arbetarepartiet-Socialdemokraterna"},
            new String[] {"V", "Vänsterpartiet"},
            new String[] {"MP", "Miljöpartiet de gröna"},
            new String[] {"M", "Moderata samlingspartiet"},
            new String[] {"L", "Liberalerna"},
            new String[] {"C", "Centerpartiet"},
            new String[] {"KD", "Kristdemokraterna"},
            new String[] {"SD", "Sverigedemokraterna"},
            new String[] {"DP", "Lokalt parti i Huddinge"});

    /**
     * The members of TDB who speak in the seed case, with their party. Louise Rollins is (S) in the
     * deliberation but (MP) in her protocol note; the register holds ONE party per seat, and it takes
     * MP, the party she signs her own protocol note for. The register is the single source later
     * protocols take party from, so a disagreement like the seed's cannot arise in Tryggve. No chair
     * or vice chair is given, since the seed names none: all are members.
     */
    static final List<String[]> TDB_MEMBERS = List.of(
            new String[] {"Rasmus", "Lenefors", "S"},
            new String[] {"Nujin", "Alacabek", "V"},
            new String[] {"Ingalill", "Söderberg", "DP"},
            new String[] {"Louise", "Rollins", "MP"});

    static final LocalDate TERM_START = LocalDate.of(2019, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2022, 12, 31);

    private final Municipalities municipalities;
    private final Departments departments;
    private final Bodies bodies;
    private final Parties parties;
    private final People people;
    private final Memberships memberships;
    private final Officials officials;
    private final String code;

    DemoOrganisation(Municipalities municipalities, Departments departments, Bodies bodies, Parties parties,
                     People people, Memberships memberships, Officials officials,
                     @Value("${tryggve.setup.municipality-code}") String code) {
        this.municipalities = municipalities;
        this.departments = departments;
        this.bodies = bodies;
        this.parties = parties;
        this.people = people;
        this.memberships = memberships;
        this.officials = officials;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (departments.listDepartments(m).isEmpty()) {
            demoSettings(m);
            for (String[] d : DEPARTMENTS) {
                DepartmentInput in = new DepartmentInput();
                in.setName(d[0]);
                in.setShortName(d[1]);
                departments.createDepartment(m, in);
            }
        }
        if (bodies.listBodies(m).isEmpty()) {
            body(m, "Kommunfullmäktige", "KF", BodyType.COUNCIL, null);
            long ks = body(m, "Kommunstyrelsen", "KS", BodyType.BOARD, null);
            body(m, TDB, "TDB", BodyType.PREPARATORY_COMMITTEE, ks);
        }
        if (parties.listParties(m).isEmpty()) {
            for (String[] p : PARTIES) {
                PartyInput in = new PartyInput();
                in.setAbbreviation(p[0]);
                in.setName(p[1]);
                parties.createParty(m, in);
            }
        }
        if (people.listPeople(m).isEmpty()) {
            addPeople(m);
        }
    }

    private long body(long m, String name, String shortName, BodyType type, Long parentId) {
        BodyInput in = new BodyInput();
        in.setName(name);
        in.setShortName(shortName);
        in.setType(type);
        in.setParentId(parentId);
        return bodies.createBody(m, in).id();
    }

    /** Demo people get no e-mail or phone: real-looking contact details of real names would mislead. */
    private void addPeople(long m) {
        Map<String, Long> partyIds = new HashMap<>();
        parties.listParties(m).forEach(p -> partyIds.put(p.abbreviation(), p.id()));
        Long tdb = bodies.listBodies(m).stream().filter(b -> b.name().equals(TDB)).map(BodyInfo::id).findFirst().orElse(null);
        for (String[] member : TDB_MEMBERS) {
            long person = person(m, member[0], member[1]);
            if (tdb != null) {
                MembershipInput in = new MembershipInput();
                in.setPersonId(person);
                in.setBodyId(tdb);
                in.setRole(MembershipRole.MEMBER);
                in.setPartyId(partyIds.get(member[2]));
                in.setValidFrom(TERM_START);
                in.setValidTo(TERM_END);
                memberships.addMembership(m, in);
            }
        }
        long klockerud = person(m, "Catarina", "Klockerud");
        departments.listDepartments(m).stream().filter(d -> d.name().equals("Kommunstyrelsens förvaltning"))
                .findFirst().ifPresent(ksf -> {
                    OfficialInput in = new OfficialInput();
                    in.setPersonId(klockerud);
                    in.setDepartmentId(ksf.id());
                    in.setTitle("bitr. säkerhetschef");
                    officials.addOfficialRole(m, in);
                });
    }

    private long person(long m, String firstName, String lastName) {
        PersonInput in = new PersonInput();
        in.setFirstName(firstName);
        in.setLastName(lastName);
        return people.createPerson(m, in).id();
    }

    /**
     * The demo judges goals as "uppfyllt / delvis uppfyllt / ej uppfyllt", the scale most Swedish
     * follow-up reports use; numbering restarts each meeting, as in the seed's "§ 11".
     */
    private void demoSettings(long m) {
        Municipality mu = municipalities.find(m).orElseThrow();
        if (JudgementScale.valueOf(mu.judgementScale()) != JudgementScale.NONE) {
            return;
        }
        SettingsInput s = new SettingsInput();
        s.setJudgementScale(JudgementScale.MET_PARTLY_NOT_MET);
        s.setParagraphNumbering(ParagraphNumbering.valueOf(mu.paragraphNumbering()));
        s.setOpen311Jurisdiction(mu.open311Jurisdiction());
        municipalities.updateMunicipalitySettings(m, mu.version(), s);
    }
}
