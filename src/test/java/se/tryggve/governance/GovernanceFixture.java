package se.tryggve.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/**
 * A fresh municipality with two departments, users of every role and helpers to build documents
 * through the use cases. Departments are inserted directly: the organisation module's department
 * use cases are not part of this branch.
 */
@Component
class GovernanceFixture {

    final TestData testData;
    final Governance governance;
    final JdbcClient jdbc;

    GovernanceFixture(TestData testData, Governance governance, JdbcClient jdbc) {
        this.testData = testData;
        this.governance = governance;
        this.jdbc = jdbc;
    }

    /** One municipality's test world. */
    class World {
        final long m;
        final long depA;
        final long depB;
        final String admin;
        final String coordinator;
        final String reporterA;
        final String reader;

        World() {
            m = testData.newMunicipality("Testkommun").id();
            depA = department(m, "Socialförvaltningen");
            depB = department(m, "Kultur- och fritidsförvaltningen");
            admin = testData.newUser(m, null, Role.ADMINISTRATOR);
            coordinator = testData.newUser(m, null, Role.SECURITY_COORDINATOR);
            reporterA = testData.newUser(m, depA, Role.DEPARTMENT_REPORTER);
            reader = testData.newUser(m, null, Role.READER);
        }

        GoverningDocument programme(String title) {
            return governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, title, LocalDate.of(2018, 1, 1),
                    LocalDate.of(2021, 12, 31), "Trygg kommun", Set.of(Perspective.CHILD_RIGHTS), null));
        }

        Area area(long documentId, String title) {
            return governance.addArea(m, documentId, new AreaData(title, "delmål för " + title, null));
        }

        Goal goal(long documentId, long areaId, Long parentId, String title, long... owners) {
            Set<Long> o = new LinkedHashSet<>();
            for (long d : owners) {
                o.add(d);
            }
            return governance.addGoal(m, documentId, new GoalData(areaId, parentId, title, null, o, false, null));
        }

        Activity activity(long documentId, String title, ActivityStatus status, long department, long... goals) {
            Set<Long> g = new LinkedHashSet<>();
            for (long id : goals) {
                g.add(id);
            }
            return governance.createActivity(m, new ActivityData(documentId, title, null, g, department, 2019, 2021, status,
                    new BigDecimal("1000"), false, null));
        }

        Indicator indicator(long documentId, Long goalId, Map<Integer, BigDecimal> targets) {
            return governance.addIndicator(m, documentId, new IndicatorData(goalId, "Anmälda brott per 100 000 invånare",
                    "antal", Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA, "N07540", 2017, new BigDecimal("10500"),
                    targets, null));
        }
    }

    World newWorld() {
        return new World();
    }

    static long department(JdbcClient jdbc, long m, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into department (municipality_id, name) values (:m, :n)").param("m", m).param("n", name)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long department(long m, String name) {
        return department(jdbc, m, name);
    }
}
