package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.testing.IntegrationTest;

/**
 * The aggregate-only rule of the guideline against violent extremism, as a test: the module's tables
 * and its public records hold counts, the narrative and keys — nothing about a person. Data on
 * political or religious views are special categories under GDPR art. 9, and registering people for
 * their views is forbidden (RF 2 kap. 3 §). A new column fails this test on purpose: think twice, then
 * only add it to the allow-list if it is another count.
 */
@IntegrationTest
class PreventionAggregateOnlyTests {

    /** Every column the module may have: keys, counts, the narrative and the optimistic-locking version. */
    static final Set<String> ALLOWED = Set.of("id", "municipality_id", "report_year", "department_id", "unit_key",
            "trainings", "training_participants", "coordination_meetings", "consultations", "concerns_handled",
            "narrative", "version");

    /** Parts of a name that betray data about a person; none may appear in a column or a record component. */
    static final List<String> FORBIDDEN = List.of("person", "name", "pnr", "personnummer", "ssn", "identity", "birth",
            "born", "age", "gender", "sex", "view", "opinion", "political", "politic", "religio", "belief", "faith",
            "ethnic", "race", "nationality", "origin", "address", "phone", "email", "mail", "suspect", "subject", "individual",
            "member", "organisation_name", "photo", "note");

    @Autowired
    DataSource dataSource;

    @Test
    void theModulesTablesHoldOnlyCountsTheNarrativeAndKeys() throws Exception {
        Set<String> tables = new TreeSet<>();
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("prevention")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                    while (rs.next()) {
                        columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(tables).as("the module's tables").containsExactly("prevention_follow_up");
        assertThat(columns).as("columns found").isNotEmpty();
        for (String column : columns) {
            String name = column.substring(column.indexOf('.') + 1);
            assertThat(ALLOWED).as("column %s is on the aggregate-only allow-list", column).contains(name);
        }
    }

    @Test
    void theAllowListItselfNamesNothingAboutAPerson() {
        for (String column : ALLOWED) {
            assertThat(FORBIDDEN).as("allowed column %s", column)
                    .noneMatch(column::contains);
        }
    }

    @Test
    void thePublicRecordsCarryOnlyCountsTheNarrativeAndKeys() {
        for (Class<?> type : List.of(PreventionEntry.class, PublishedYear.class, PublishedYear.Narrative.class,
                PublishedCount.class)) {
            for (RecordComponent rc : type.getRecordComponents()) {
                String name = rc.getName().toLowerCase(Locale.ROOT);
                // departmentName and Narrative.unit name an organisational unit, not a person
                if (name.equals("departmentname")) {
                    continue;
                }
                assertThat(FORBIDDEN).as("%s.%s", type.getSimpleName(), rc.getName()).noneMatch(name::contains);
            }
        }
        List<String> inputFields = new ArrayList<>();
        for (var f : PreventionInput.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                inputFields.add(f.getName());
            }
        }
        assertThat(inputFields).containsExactlyInAnyOrder("year", "departmentId", "trainings", "trainingParticipants",
                "coordinationMeetings", "consultations", "concernsHandled", "narrative", "version");
    }
}
