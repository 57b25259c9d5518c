package se.tryggve.testing;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL pass, runs database tests only when the test PostgreSQL answers; when it does
 * not, skips them (and says so at the end) or, with TRYGGVE_TESTS_REQUIRE=postgres, fails.
 */
public class PostgresCondition implements ExecutionCondition {

    private static volatile Boolean reachable;
    private static volatile String problem;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresPass()) {
            return ConditionEvaluationResult.enabled("H2 pass");
        }
        if (reachable == null) {
            check();
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        String reason = "PostgreSQL test group skipped: no PostgreSQL at " + TestDatabase.pgUrl() + " (" + problem
                + "). Start PostgreSQL with a user tryggve/tryggve owning database tryggve_test, or set "
                + "TRYGGVE_TEST_PG_URL, TRYGGVE_TEST_PG_USER, TRYGGVE_TEST_PG_PASSWORD.";
        if (TestGroups.required(TestGroups.POSTGRES)) {
            throw new IllegalStateException("TRYGGVE_TESTS_REQUIRE includes postgres, but: " + reason);
        }
        TestGroups.skipped(TestGroups.POSTGRES, reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static synchronized void check() {
        if (reachable != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword())) {
            reachable = c.isValid(5);
        } catch (Exception e) {
            problem = e.getMessage();
            reachable = false;
        }
    }
}
