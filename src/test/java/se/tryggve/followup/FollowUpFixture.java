package se.tryggve.followup;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.tryggve.governance.Activity;
import se.tryggve.governance.ActivityData;
import se.tryggve.governance.ActivityStatus;
import se.tryggve.governance.Area;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Goal;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.JudgementScale;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.organisation.SettingsInput;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/**
 * A fresh municipality judging on the three-step scale, two departments, users of every role and a
 * programme 2018–2021 built through governance's and organisation's use cases: goal G1 owned by A,
 * goal G2 owned by A and B, activity X of A and activity Y of B.
 */
@Component
class FollowUpFixture {

    final TestData testData;
    final Governance governance;
    final Departments departments;
    final Municipalities municipalities;

    FollowUpFixture(TestData testData, Governance governance, Departments departments, Municipalities municipalities) {
        this.testData = testData;
        this.governance = governance;
        this.departments = departments;
        this.municipalities = municipalities;
    }

    World newWorld() {
        return new World();
    }

    class World {
        final long m;
        final long depA;
        final long depB;
        final String coordinator;
        final String reporterA;
        final String reporterB;
        final String reader;
        final GoverningDocument programme;
        final Goal g1;
        final Goal g2;
        final Activity x;
        final Activity y;
        /** Indicator of G1, from Kolada. */
        final se.tryggve.governance.Indicator i1;

        World() {
            var municipality = testData.newMunicipality("Testkommun");
            m = municipality.id();
            SettingsInput s = new SettingsInput();
            s.setJudgementScale(JudgementScale.MET_PARTLY_NOT_MET);
            s.setParagraphNumbering(ParagraphNumbering.valueOf(municipality.paragraphNumbering()));
            municipalities.updateMunicipalitySettings(m, municipality.version(), s);
            depA = department("Socialförvaltningen");
            depB = department("Kultur- och fritidsförvaltningen");
            coordinator = testData.newUser(m, null, Role.SECURITY_COORDINATOR);
            reporterA = testData.newUser(m, depA, Role.DEPARTMENT_REPORTER);
            reporterB = testData.newUser(m, depB, Role.DEPARTMENT_REPORTER);
            reader = testData.newUser(m, null, Role.READER);
            programme = governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, "Program för trygghet och säkerhet",
                    LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31), "Trygg kommun", Set.of(), null));
            Area area = governance.addArea(m, programme.id(), new AreaData("Trygg miljö", "Färre brott", null));
            g1 = governance.addGoal(m, programme.id(), new GoalData(area.id(), null, "Tryggare centrum", null, Set.of(depA), false, null));
            g2 = governance.addGoal(m, programme.id(), new GoalData(area.id(), null, "Färre bränder", null, Set.of(depA, depB), false, null));
            x = governance.createActivity(m, new ActivityData(programme.id(), "Trygghetsvandringar", null, Set.of(g1.id()), depA,
                    2019, 2021, ActivityStatus.ONGOING, null, false, null));
            y = governance.createActivity(m, new ActivityData(programme.id(), "Brandskyddsutbildning", null, Set.of(g2.id()), depB,
                    2019, 2021, ActivityStatus.PLANNED, null, false, null));
            i1 = governance.addIndicator(m, programme.id(), new se.tryggve.governance.IndicatorData(g1.id(),
                    "Anmälda våldsbrott per 100 000 invånare", "antal", se.tryggve.governance.Direction.LOWER_IS_BETTER,
                    se.tryggve.governance.IndicatorSource.KOLADA, "N07403", 2017, new java.math.BigDecimal("1100"), null, null));
        }

        private long department(String name) {
            DepartmentInput in = new DepartmentInput();
            in.setName(name);
            in.setActive(true);
            return departments.createDepartment(m, in).id();
        }
    }
}
