package se.tryggve.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoOrganisationTests {

    @Autowired
    Municipalities municipalities;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    Bodies bodies;
    @Autowired
    Parties parties;
    @Autowired
    People people;
    @Autowired
    Memberships memberships;
    @Autowired
    Officials officials;
    @Autowired
    DemoOrganisation demo;

    @Test
    void huddingesRegisterHasLouiseRollinsWithExactlyOneParty() throws Exception {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        // a second run (a restart) changes nothing
        demo.run(null);

        assertThat(directory.findDepartmentByName(m, "Kommunstyrelsens förvaltning")).isPresent();
        assertThat(directory.listDepartments(m)).hasSize(DemoOrganisation.DEPARTMENTS.size());
        var byName = bodies.listBodies(m);
        assertThat(byName).extracting(BodyInfo::shortName).containsExactlyInAnyOrder("KF", "KS", "TDB");
        BodyInfo ks = byName.stream().filter(b -> "KS".equals(b.shortName())).findFirst().orElseThrow();
        BodyInfo tdb = byName.stream().filter(b -> "TDB".equals(b.shortName())).findFirst().orElseThrow();
        assertThat(tdb.parentId()).isEqualTo(ks.id());
        assertThat(tdb.type()).isEqualTo(BodyType.PREPARATORY_COMMITTEE);
        assertThat(ks.parentId()).isNull();
        assertThat(parties.listParties(m)).hasSize(9);

        PersonInfo louise = people.listPeople(m).stream().filter(p -> p.lastName().equals("Rollins")).findFirst().orElseThrow();
        assertThat(louise.email()).isNull();
        assertThat(louise.phone()).isNull();
        var seats = memberships.listMemberships(m, null, louise.id(), null);
        assertThat(seats).hasSize(1);
        assertThat(seats.get(0).partyAbbreviation()).isEqualTo("MP");
        assertThat(memberships.partyOf(m, louise.id(), tdb.id(), LocalDate.of(2021, 3, 15)))
                .map(PartyInfo::abbreviation).contains("MP");

        var onMeeting = memberships.membershipsOn(m, tdb.id(), LocalDate.of(2021, 3, 15));
        assertThat(onMeeting).extracting(MembershipInfo::personName)
                .containsExactlyInAnyOrder("Rasmus Lenefors", "Nujin Alacabek", "Ingalill Söderberg", "Louise Rollins");
        assertThat(onMeeting).extracting(MembershipInfo::role).containsOnly(MembershipRole.MEMBER);
        assertThat(memberships.membershipsOn(m, tdb.id(), LocalDate.of(2023, 1, 1))).isEmpty();

        PersonInfo catarina = people.listPeople(m).stream().filter(p -> p.lastName().equals("Klockerud")).findFirst().orElseThrow();
        assertThat(officials.listOfficialRoles(m, catarina.id())).singleElement()
                .satisfies(o -> {
                    assertThat(o.title()).isEqualTo("bitr. säkerhetschef");
                    assertThat(o.departmentName()).isEqualTo("Kommunstyrelsens förvaltning");
                });
    }
}
