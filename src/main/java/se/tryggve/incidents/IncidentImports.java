package se.tryggve.incidents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * Bulk import of historical incidents from CSV: a header row, columns mapped to fields by name
 * ({@link IncidentImportField}), every row validated with its line number. ALL_OR_NOTHING writes in one
 * transaction that is rolled back when any row is invalid; SKIP_INVALID commits the valid rows. The job row
 * carries the progress (the page polls it) and the per-row report; one audit entry names the job and its
 * counts (a million rows are one change by one person, not a million). The statistics of the months touched
 * are refreshed at the end.
 */
@Service
public class IncidentImports {

    static final String OBJECT_TYPE = "IncidentImport";
    /** Stored per job; the count of invalid rows is always complete. */
    static final int MAX_STORED_ERRORS = 1000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(IncidentImports.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate write;
    private final TransactionTemplate separate;
    private final TaskExecutor executor;
    private final IncidentStatisticsRollup rollup;
    private final GraffitiGuidelines guidelines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<IncidentImportDistricts> districtLookup;

    IncidentImports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                    @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
                    IncidentStatisticsRollup rollup, GraffitiGuidelines guidelines, ApplicationEventPublisher events, Clock clock,
                    org.springframework.beans.factory.ObjectProvider<IncidentImportDistricts> districtLookup) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.write = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.rollup = rollup;
        this.guidelines = guidelines;
        this.events = events;
        this.clock = clock;
        this.districtLookup = districtLookup;
    }

    /**
     * Queues an import of the file (which the job takes over and deletes) and returns at once; the job runs in
     * the background. {@code mapping}: field → header for the fields whose header differs from the defaults.
     */
    public IncidentImportJob startImport(long m, String username, String fileName, Path file, IncidentImportJob.Mode mode,
                                         Map<IncidentImportField, String> mapping) {
        long id = createJob(m, username, fileName, mode);
        executor.execute(() -> execute(m, id, file, mode, mapping, username, true));
        return job(m, id);
    }

    /** As {@link #startImport}, but runs in the caller's thread and returns the finished job. */
    public IncidentImportJob importNow(long m, String username, String fileName, Path file, IncidentImportJob.Mode mode,
                                       Map<IncidentImportField, String> mapping) {
        return importNow(m, username, fileName, file, mode, mapping, true);
    }

    /** For the benchmark: without the statistics refresh at the end (the months stay marked dirty). */
    IncidentImportJob importNow(long m, String username, String fileName, Path file, IncidentImportJob.Mode mode,
                                Map<IncidentImportField, String> mapping, boolean refresh) {
        long id = createJob(m, username, fileName, mode);
        execute(m, id, file, mode, mapping, username, refresh);
        return job(m, id);
    }

    private long createJob(long m, String username, String fileName, IncidentImportJob.Mode mode) {
        if (mode == null) {
            throw new RuleViolationException("mode", "incidentstats.import.modeInvalid");
        }
        GeneratedKeyHolder k = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_import_job (municipality_id, file_name, mode, status, username, created_at)
                values (:m, :f, :mode, 'QUEUED', :u, :t)""")
                .param("m", m).param("f", fileName == null || fileName.isBlank() ? "import.csv" : truncate(fileName, 255))
                .param("mode", mode.name()).param("u", truncate(username, 100)).param("t", Timestamp.from(clock.instant()))
                .update(k, "id");
        return k.getKey().longValue();
    }

    private static String truncate(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n);
    }

    /** One job of the municipality with its first {@value #MAX_STORED_ERRORS} row errors. */
    public IncidentImportJob job(long m, long id) {
        List<IncidentImportJob.RowError> errors = jdbc.sql("""
                select e.line_number, e.field, e.message from incident_import_error e join incident_import_job j on j.id = e.job_id
                where j.id = :id and j.municipality_id = :m order by e.line_number, e.id""")
                .param("id", id).param("m", m)
                .query((rs, i) -> new IncidentImportJob.RowError(rs.getInt(1), rs.getString(2), rs.getString(3), null)).list();
        return jdbc.sql("select * from incident_import_job where id = :id and municipality_id = :m").param("id", id).param("m", m)
                .query((rs, i) -> new IncidentImportJob(rs.getLong("id"), rs.getString("file_name"),
                        IncidentImportJob.Mode.valueOf(rs.getString("mode")), rs.getString("status"), rs.getInt("total_rows"),
                        rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("invalid_rows"), rs.getString("message"),
                        rs.getString("username"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), errors))
                .optional().orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** The latest jobs, newest first, without their errors. */
    public List<IncidentImportJob> recentJobs(long m) {
        return jdbc.sql("select * from incident_import_job where municipality_id = :m order by created_at desc, id desc limit 20")
                .param("m", m)
                .query((rs, i) -> new IncidentImportJob(rs.getLong("id"), rs.getString("file_name"),
                        IncidentImportJob.Mode.valueOf(rs.getString("mode")), rs.getString("status"), rs.getInt("total_rows"),
                        rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("invalid_rows"), rs.getString("message"),
                        rs.getString("username"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), List.of()))
                .list();
    }

    private void progress(long id, String status, Integer total, int processed) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update incident_import_job set status = :s, total_rows = coalesce(:total, total_rows), processed_rows = :p where id = :id""")
                .param("s", status).param("total", total).param("p", processed).param("id", id).update());
    }

    private void finishJob(long id, String status, int processed, int imported, int invalid, String message,
                           List<IncidentImportJob.RowError> errors) {
        separate.executeWithoutResult(s -> {
            jdbc.sql("""
                    update incident_import_job set status = :s, processed_rows = :p, imported_rows = :i, invalid_rows = :inv,
                      message = :msg, finished_at = :t where id = :id""")
                    .param("s", status).param("p", processed).param("i", imported).param("inv", invalid)
                    .param("msg", message == null ? null : truncate(message, 1000)).param("t", Timestamp.from(clock.instant()))
                    .param("id", id).update();
            for (IncidentImportJob.RowError e : errors.subList(0, Math.min(errors.size(), MAX_STORED_ERRORS))) {
                jdbc.sql("insert into incident_import_error (job_id, line_number, field, message) values (:j, :l, :f, :msg)")
                        .param("j", id).param("l", e.line()).param("f", e.field()).param("msg", e.messageKey()).update();
            }
        });
    }

    private static long countLines(Path file) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static Reader open(Path file) throws IOException {
        BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset(); // no byte-order mark (Excel writes one)
        }
        return r;
    }

    private static char delimiter(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                return ',';
            }
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ','; // Swedish Excel writes semicolons
        }
    }

    private void execute(long m, long id, Path file, IncidentImportJob.Mode mode, Map<IncidentImportField, String> mapping,
                         String username, boolean refresh) {
        List<IncidentImportJob.RowError> errors = new ArrayList<>();
        int[] counts = new int[3]; // processed, imported, invalid
        try {
            long lines = countLines(file);
            progress(id, "RUNNING", (int) Math.max(0, lines - 1), 0);
            String[] outcome = new String[1];
            TreeSet<LocalDate> months = new TreeSet<>();
            write.executeWithoutResult(tx -> {
                try {
                    outcome[0] = run(m, id, file, mode, mapping, errors, counts, months);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                if (!"DONE".equals(outcome[0])) {
                    tx.setRollbackOnly();
                    counts[1] = 0;
                    return;
                }
                rollup.markDirty(m, months);
                events.publishEvent(StateChanged.of(m, OBJECT_TYPE, id, "imported")
                        .value("file", jdbc.sql("select file_name from incident_import_job where id = :id").param("id", id)
                                .query(String.class).single())
                        .value("mode", mode.name()).value("importedRows", counts[1]).value("invalidRows", counts[2]).build());
            });
            finishJob(id, outcome[0], counts[0], counts[1], counts[2], null, errors);
            if ("DONE".equals(outcome[0]) && refresh) {
                rollup.refresh(m);
            }
        } catch (RuntimeException | IOException e) {
            log.warn("Import job {} failed: {}", id, e.toString());
            finishJob(id, "FAILED", counts[0], 0, counts[2], "incidentstats.import.failed", errors);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("temporary import file not deleted: {}", file);
            }
        }
    }

    /** Reads, validates and writes; returns DONE or REJECTED. Runs inside the write transaction. */
    private String run(long m, long id, Path file, IncidentImportJob.Mode mode, Map<IncidentImportField, String> mapping,
                       List<IncidentImportJob.RowError> errors, int[] counts, TreeSet<LocalDate> months)
            throws IOException, SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(file)).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(false).get();
        try (Reader reader = open(file); CSVParser parser = CSVParser.parse(reader, format)) {
            EnumMap<IncidentImportField, Integer> columns = columns(parser.getHeaderNames(), mapping, errors);
            if (!errors.isEmpty()) {
                counts[2] = 0;
                return "REJECTED";
            }
            IncidentImportRows rows = new IncidentImportRows(categories(m), districts(m), lookup(m), guidelines.guideline(m), columns);
            Connection con = DataSourceUtils.getConnection(dataSource);
            IncidentImportWriter writer = IncidentImportWriter.on(con, m, id, clock.instant());
            try {
                return read(parser, rows, writer, id, mode, errors, counts, months);
            } finally {
                writer.close();
            }
        }
    }

    private String read(CSVParser parser, IncidentImportRows rows, IncidentImportWriter writer, long id,
                        IncidentImportJob.Mode mode, List<IncidentImportJob.RowError> errors, int[] counts,
                        TreeSet<LocalDate> months) throws SQLException {
        long lastLine = parser.getCurrentLineNumber();
        int headerSize = parser.getHeaderNames().size();
        boolean writing = true;
        LocalDate lastMonth = null;
        var it = parser.iterator();
        while (true) {
            CSVRecord record;
            int line = (int) lastLine + 1;
            try {
                if (!it.hasNext()) {
                    break;
                }
                record = it.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // an unclosed quote or similar: the rest of the file cannot be read row by row
                errors.add(new IncidentImportJob.RowError(line, null, "incidentstats.import.malformed", null));
                counts[2]++;
                writing = false;
                break;
            }
            lastLine = parser.getCurrentLineNumber();
            counts[0]++;
            IncidentImportRows.Row row;
            if (record.size() != headerSize) {
                errors.add(new IncidentImportJob.RowError(line, null, "incidentstats.import.columns", null));
                row = null;
            } else {
                row = rows.validate(record, line, errors);
            }
            if (row == null) {
                counts[2]++;
                if (mode == IncidentImportJob.Mode.ALL_OR_NOTHING) {
                    writing = false;
                }
            } else if (writing) {
                writer.add(row);
                counts[1]++;
                LocalDate month = IncidentStatisticsRollup.monthOf(row.reportedAt());
                if (!month.equals(lastMonth)) {
                    months.add(month);
                    lastMonth = month;
                }
            }
            if (counts[0] % PROGRESS_EVERY == 0) {
                progress(id, "RUNNING", null, counts[0]);
            }
        }
        if (mode == IncidentImportJob.Mode.ALL_OR_NOTHING && counts[2] > 0) {
            return "REJECTED";
        }
        writer.finish();
        return "DONE";
    }

    /** Header → column index for each field; the required fields must be found. */
    private static EnumMap<IncidentImportField, Integer> columns(List<String> headers, Map<IncidentImportField, String> mapping,
                                                                 List<IncidentImportJob.RowError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
            index.putIfAbsent(h, i);
        }
        EnumMap<IncidentImportField, Integer> columns = new EnumMap<>(IncidentImportField.class);
        for (IncidentImportField f : IncidentImportField.values()) {
            String mapped = mapping == null ? null : mapping.get(f);
            if (mapped != null && !mapped.isBlank()) {
                Integer i = index.get(mapped.strip().toLowerCase(Locale.ROOT));
                if (i == null) {
                    errors.add(new IncidentImportJob.RowError(1, f.header(), "incidentstats.import.headerMissing", null));
                } else {
                    columns.put(f, i);
                }
                continue;
            }
            for (String h : f.headers()) {
                Integer i = index.get(h);
                if (i != null) {
                    columns.put(f, i);
                    break;
                }
            }
        }
        for (IncidentImportField required : List.of(IncidentImportField.REPORTED_AT, IncidentImportField.CATEGORY)) {
            if (!columns.containsKey(required) && errors.stream().noneMatch(e -> required.header().equals(e.field()))) {
                errors.add(new IncidentImportJob.RowError(1, required.header(), "incidentstats.import.headerMissing", null));
            }
        }
        return columns;
    }

    private Map<String, IncidentImportRows.Category> categories(long m) {
        Map<String, IncidentImportRows.Category> map = new HashMap<>();
        jdbc.sql("select id, code, name, guideline, offensive from incident_category where municipality_id = :m").param("m", m)
                .query((rs, i) -> {
                    var c = new IncidentImportRows.Category(rs.getLong(1), "GRAFFITI".equals(rs.getString(4)), rs.getBoolean(5));
                    map.putIfAbsent(rs.getString(3).toLowerCase(Locale.ROOT), c);
                    map.put(rs.getString(2).toLowerCase(Locale.ROOT), c);
                    return c;
                }).list();
        return map;
    }

    private Map<String, Long> districts(long m) {
        Map<String, Long> map = new HashMap<>();
        jdbc.sql("select id, code, name from district where municipality_id = :m").param("m", m)
                .query((rs, i) -> {
                    map.putIfAbsent(rs.getString(3).toLowerCase(Locale.ROOT), rs.getLong(1));
                    map.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
                    return null;
                }).list();
        return map;
    }

    private IncidentImportRows.DistrictLookup lookup(long m) {
        IncidentImportDistricts d = districtLookup.getIfAvailable();
        return d == null ? null : d.lookupFor(m);
    }

}
