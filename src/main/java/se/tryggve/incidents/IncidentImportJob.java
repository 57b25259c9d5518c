package se.tryggve.incidents;

import java.time.Instant;
import java.util.List;

/**
 * A bulk import from CSV and its outcome. {@code status}: QUEUED, RUNNING, DONE (rows imported),
 * REJECTED (all-or-nothing with invalid rows: nothing imported), FAILED (an unexpected error: nothing imported).
 * {@code totalRows} is counted from the file's lines before the import starts, for the progress bar.
 */
public record IncidentImportJob(long id, String fileName, Mode mode, String status, int totalRows, int processedRows,
                                int importedRows, int invalidRows, String message, String username, Instant createdAt,
                                Instant finishedAt, List<RowError> errors) {

    /** All-or-nothing imports nothing when a row is invalid; skip-invalid imports the valid rows. */
    public enum Mode {
        ALL_OR_NOTHING, SKIP_INVALID
    }

    /** A problem with a row: its line in the file (the header is line 1), the field and a message key. */
    public record RowError(int line, String field, String messageKey, String message) {
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** 0–100 for the progress bar. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(99, processedRows * 100L / totalRows);
    }
}
