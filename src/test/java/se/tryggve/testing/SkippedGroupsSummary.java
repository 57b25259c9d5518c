package se.tryggve.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints, at the end of a test run, which optional test groups were skipped and how to enable them. */
public class SkippedGroupsSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        var skipped = TestGroups.skippedGroups();
        if (skipped.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\n==================== SKIPPED TEST GROUPS ====================\n");
        skipped.forEach((group, reason) -> sb.append(" * ").append(group).append(": ").append(reason).append('\n'));
        sb.append(" Set TRYGGVE_TESTS_REQUIRE=postgres,browser to make a missing group fail the run.\n");
        sb.append("=============================================================\n");
        System.out.println(sb);
    }
}
