package se.tryggve.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The optional test groups (PostgreSQL, browser) and whether this run must have them.
 * TRYGGVE_TESTS_REQUIRE=postgres,browser (set in CI) turns a missing one into a failure; without
 * it, the group is skipped and named in the summary at the end of the run.
 */
public final class TestGroups {

    public static final String POSTGRES = "postgres";
    public static final String BROWSER = "browser";

    private static final Map<String, String> SKIPPED = new ConcurrentHashMap<>();

    private TestGroups() {
    }

    public static boolean required(String group) {
        String value = System.getenv("TRYGGVE_TESTS_REQUIRE");
        if (value == null) {
            value = System.getProperty("tryggve.tests.require", "");
        }
        Set<String> groups = Arrays.stream(value.toLowerCase(Locale.ROOT).split("[,\\s]+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return groups.contains(group) || groups.contains("all");
    }

    static void skipped(String group, String reason) {
        SKIPPED.putIfAbsent(group, reason);
    }

    static Map<String, String> skippedGroups() {
        return Map.copyOf(SKIPPED);
    }
}
