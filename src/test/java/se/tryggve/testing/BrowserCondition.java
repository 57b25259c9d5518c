package se.tryggve.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only when a Chromium is installed; otherwise skips them (and says so at the
 * end of the run) or, with TRYGGVE_TESTS_REQUIRE=browser, fails. An explicitly set
 * TRYGGVE_CHROMIUM that does not point to an executable counts as missing: no silent fallback
 * to another browser than the one asked for.
 */
public class BrowserCondition implements ExecutionCondition {

    static final String ENV = "TRYGGVE_CHROMIUM";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Path> chromium = chromium();
        if (chromium.isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium.get());
        }
        String reason = "browser test group skipped: " + missingReason()
                + ". Install Debian's chromium (apt-get install chromium) or set TRYGGVE_CHROMIUM to its executable.";
        if (TestGroups.required(TestGroups.BROWSER)) {
            throw new IllegalStateException("TRYGGVE_TESTS_REQUIRE includes browser, but: " + reason);
        }
        TestGroups.skipped(TestGroups.BROWSER, reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** The Chromium executable to use, if there is one. */
    static Optional<Path> chromium() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            return executable(path) ? Optional.of(path) : Optional.empty();
        }
        Path debian = Path.of("/usr/bin/chromium");
        if (executable(debian)) {
            return Optional.of(debian);
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, "chromium-browser");
                if (executable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String missingReason() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            return ENV + "=" + configured.trim() + " is not an executable file";
        }
        return "no Chromium found (neither /usr/bin/chromium nor chromium-browser on the PATH)";
    }

    private static boolean executable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
