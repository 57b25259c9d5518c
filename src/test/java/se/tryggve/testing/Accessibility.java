package se.tryggve.testing;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Checks a page against WCAG 2.1 level A and AA with axe-core — the level Swedish public sector
 * web services must meet (lagen (2018:1937) om tillgänglighet till digital offentlig service,
 * EN 301 549).
 */
public final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        if (violations == null || violations.isEmpty()) {
            return;
        }
        String report = violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
        fail("%d accessibility violation(s) (WCAG 2.1 AA) on %s:%n%s", violations.size(), page.url(), report);
    }

    private static String describe(Rule rule) {
        StringBuilder sb = new StringBuilder(" - ").append(rule.getId()).append(" [").append(rule.getImpact())
                .append("]: ").append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
        if (rule.getNodes() != null) {
            for (CheckedNode node : rule.getNodes()) {
                sb.append("\n     at ").append(node.getTarget());
                if (node.getFailureSummary() != null) {
                    sb.append(" — ").append(node.getFailureSummary().replace('\n', ' '));
                }
            }
        }
        return sb.toString();
    }
}
