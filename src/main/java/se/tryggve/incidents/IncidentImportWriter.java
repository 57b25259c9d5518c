package se.tryggve.incidents;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes validated import rows into the register on the import transaction's connection. On PostgreSQL the
 * rows go in chunks through COPY (the driver's CopyManager, found by reflection because the driver is a
 * runtime dependency), with ids taken from the identity sequence first so that the cost rows can point at
 * them; elsewhere (H2) through plain inserts.
 *
 * <p>On PostgreSQL most of an import's time is the database storing the rows (index entries and the
 * foreign-key checks of every row), not the parsing; so a chunk is handed to a writer thread of its own and
 * the caller parses and validates the next chunk meanwhile. At most one chunk is in flight, so the
 * transaction's connection is never used by two threads at once.
 */
abstract class IncidentImportWriter {

    static final int CHUNK = 20_000;

    final long m;
    final long jobId;
    final Instant now;
    int written;

    IncidentImportWriter(long m, long jobId, Instant now) {
        this.m = m;
        this.jobId = jobId;
        this.now = now;
    }

    static IncidentImportWriter on(Connection con, long m, long jobId, Instant now) throws SQLException {
        if (con.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            try {
                return new Copy(con, m, jobId, now);
            } catch (ReflectiveOperationException e) {
                // fall back to inserts when the driver is not PgJDBC
            }
        }
        return new Inserts(con, m, jobId, now);
    }

    abstract void add(IncidentImportRows.Row row) throws SQLException;

    abstract void finish() throws SQLException;

    /** Releases what the writer holds, waiting for work in flight; safe after {@link #finish} and after a failure. */
    void close() {
    }

    /** PostgreSQL: COPY in chunks. */
    static final class Copy extends IncidentImportWriter {
        private final Connection con;
        private final Object copyManager;
        private final Method copyIn;
        private List<IncidentImportRows.Row> chunk = new ArrayList<>(CHUNK);
        private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "incident-import-copy");
            t.setDaemon(true);
            return t;
        });
        private java.util.concurrent.Future<Void> inFlight;
        private final String nowText;

        Copy(Connection con, long m, long jobId, Instant now) throws ReflectiveOperationException, SQLException {
            super(m, jobId, now);
            this.con = con;
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object pgCon = con.unwrap(pg);
            this.copyManager = pg.getMethod("getCopyAPI").invoke(pgCon);
            this.copyIn = copyManager.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
            this.nowText = now.toString();
        }

        @Override
        void add(IncidentImportRows.Row row) throws SQLException {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                submit();
            }
        }

        @Override
        void finish() throws SQLException {
            submit();
            await();
        }

        @Override
        void close() {
            try {
                await();
            } catch (SQLException e) {
                // the failure has been reported by add or finish, or the import is being rolled back anyway
            }
            worker.shutdownNow();
        }

        /** Waits for the chunk in flight, then hands the current one to the writer thread. */
        private void submit() throws SQLException {
            await();
            if (chunk.isEmpty()) {
                return;
            }
            List<IncidentImportRows.Row> rows = chunk;
            chunk = new ArrayList<>(CHUNK);
            inFlight = worker.submit(() -> {
                write(rows);
                return null;
            });
        }

        private void await() throws SQLException {
            java.util.concurrent.Future<Void> f = inFlight;
            inFlight = null;
            if (f == null) {
                return;
            }
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("import interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof SQLException s) {
                    throw s;
                }
                throw new SQLException(e.getCause());
            }
        }

        private void write(List<IncidentImportRows.Row> chunk) throws SQLException {
            long[] ids = new long[chunk.size()];
            try (PreparedStatement ps = con.prepareStatement(
                    "select nextval(pg_get_serial_sequence('incident', 'id')) from generate_series(1, ?)")) {
                ps.setInt(1, chunk.size());
                try (ResultSet rs = ps.executeQuery()) {
                    int i = 0;
                    while (rs.next()) {
                        ids[i++] = rs.getLong(1);
                    }
                }
            }
            StringBuilder incidents = new StringBuilder(chunk.size() * 160);
            StringBuilder costs = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                IncidentImportRows.Row r = chunk.get(i);
                String t = r.reportedAt().toString();
                incidents.append(ids[i]).append('\t').append(m).append('\t').append(r.categoryId()).append('\t')
                        .append(r.offensive() ? 't' : 'f').append('\t').append(r.status().name()).append('\t')
                        .append(r.channel().name()).append('\t').append(t).append('\t').append(t).append('\t');
                value(incidents, r.latitude()).append('\t');
                value(incidents, r.longitude()).append('\t');
                text(incidents, r.address()).append('\t');
                value(incidents, r.districtId()).append('\t');
                text(incidents, r.description()).append('\t');
                text(incidents, r.propertyOwner()).append('\t');
                text(incidents, r.policeReportNumber()).append('\t');
                incidents.append(r.policeReported() ? 't' : 'f').append('\t');
                value(incidents, r.removedAt()).append('\t');
                value(incidents, r.removalMinutes()).append('\t');
                incidents.append(r.withinTarget() == null ? "\\N" : r.withinTarget() ? "t" : "f").append('\t')
                        .append(nowText).append('\t').append(jobId).append('\n');
                if (r.cost() != null) {
                    costs.append(m).append('\t').append(ids[i]).append('\t').append(r.cost().toPlainString()).append('\t');
                    text(costs, r.contractor()).append('\t').append(r.costDate()).append('\t').append(nowText)
                            .append("\timport\n");
                }
            }
            copy("""
                    copy incident (id, municipality_id, category_id, offensive, status, channel, reported_at, received_at,
                      latitude, longitude, address, district_id, description, property_owner, police_report_number,
                      police_reported, removed_at, removal_minutes, within_target, updated_at, import_job_id) from stdin""",
                    incidents);
            if (!costs.isEmpty()) {
                copy("copy incident_cost (municipality_id, incident_id, amount, contractor, cost_date, created_at, username) from stdin",
                        costs);
            }
            written += chunk.size();
        }

        private void copy(String sql, StringBuilder data) throws SQLException {
            try {
                copyIn.invoke(copyManager, sql, new StringReader(data.toString()));
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof SQLException s) {
                    throw s;
                }
                throw new SQLException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new SQLException(e);
            }
        }

        private static StringBuilder value(StringBuilder b, Object v) {
            return v == null ? b.append("\\N") : b.append(v);
        }

        /** COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
        private static StringBuilder text(StringBuilder b, String s) {
            if (s == null) {
                return b.append("\\N");
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
            return b;
        }
    }

    /** Any other database: one insert per incident (its id is needed for the cost), costs batched. */
    static final class Inserts extends IncidentImportWriter {
        private final PreparedStatement incident;
        private final PreparedStatement cost;
        private int pendingCosts;

        Inserts(Connection con, long m, long jobId, Instant now) throws SQLException {
            super(m, jobId, now);
            incident = con.prepareStatement("""
                    insert into incident (municipality_id, category_id, offensive, status, channel, reported_at, received_at,
                      latitude, longitude, address, district_id, description, property_owner, police_report_number,
                      police_reported, removed_at, removal_minutes, within_target, updated_at, import_job_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            cost = con.prepareStatement("""
                    insert into incident_cost (municipality_id, incident_id, amount, contractor, cost_date, created_at, username)
                    values (?, ?, ?, ?, ?, ?, 'import')""");
        }

        @Override
        void add(IncidentImportRows.Row r) throws SQLException {
            Timestamp t = Timestamp.from(r.reportedAt());
            incident.setLong(1, m);
            incident.setLong(2, r.categoryId());
            incident.setBoolean(3, r.offensive());
            incident.setString(4, r.status().name());
            incident.setString(5, r.channel().name());
            incident.setTimestamp(6, t);
            incident.setTimestamp(7, t);
            incident.setObject(8, r.latitude(), Types.DOUBLE);
            incident.setObject(9, r.longitude(), Types.DOUBLE);
            incident.setString(10, r.address());
            incident.setObject(11, r.districtId(), Types.BIGINT);
            incident.setString(12, r.description());
            incident.setString(13, r.propertyOwner());
            incident.setString(14, r.policeReportNumber());
            incident.setBoolean(15, r.policeReported());
            incident.setTimestamp(16, r.removedAt() == null ? null : Timestamp.from(r.removedAt()));
            incident.setObject(17, r.removalMinutes(), Types.INTEGER);
            incident.setObject(18, r.withinTarget(), Types.BOOLEAN);
            incident.setTimestamp(19, Timestamp.from(now));
            incident.setLong(20, jobId);
            incident.executeUpdate();
            if (r.cost() != null) {
                long id;
                try (ResultSet keys = incident.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                cost.setLong(1, m);
                cost.setLong(2, id);
                cost.setBigDecimal(3, r.cost());
                cost.setString(4, r.contractor());
                cost.setObject(5, r.costDate());
                cost.setTimestamp(6, Timestamp.from(now));
                cost.addBatch();
                if (++pendingCosts == 1000) {
                    cost.executeBatch();
                    pendingCosts = 0;
                }
            }
            written++;
        }

        @Override
        void finish() throws SQLException {
            if (pendingCosts > 0) {
                cost.executeBatch();
            }
            incident.close();
            cost.close();
        }
    }

}
