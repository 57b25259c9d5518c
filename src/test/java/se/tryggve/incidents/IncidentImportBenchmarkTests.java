package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * CSV import into PostgreSQL against plain COPYs in the same run: of the same file into a table of text columns (the
 * least a load can do), and of the same rows in the register's own format into tables of the register's shape (what
 * a load into the register costs the database). Goal: the import (parse, validate, district lookup, write incidents
 * and costs) at least half the COPY's rate; docs/performance.md says which comparison holds and why. 1,000,000 incidents over 10 years (-Dincidents.benchmark.rows to change).
 * Prints BENCHMARK lines; figures in docs/performance.md.
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestData.class)
class IncidentImportBenchmarkTests {

    static final int ROWS = Integer.getInteger("incidents.benchmark.rows", 1_000_000);

    @Autowired
    IncidentImports imports;
    @Autowired
    IncidentStatistics statistics;
    @Autowired
    IncidentStatisticsRollup rollup;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void importAtLeastHalfTheRateOfCopy() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresPass(), "the import goal is on PostgreSQL");
        long m = testData.newMunicipality("Bänkby import").id();
        IncidentBenchmarkData.districts(jdbc, m);
        long t0 = System.nanoTime();
        Path csv = IncidentBenchmarkData.writeCsv(ROWS, 42);
        double generate = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_csv_generate rows=%d mb=%.1f seconds=%.2f%n", ROWS,
                Files.size(csv) / 1e6, generate);

        // plain COPY of the same file
        String columns = String.join(" text, ", IncidentBenchmarkData.HEADER.split(",")) + " text";
        jdbc.sql("create table copy_baseline (" + columns + ")").update();
        long c0 = System.nanoTime();
        try (Connection con = dataSource.getConnection()) {
            assertThat(copyIn(con, "copy copy_baseline from stdin with (format csv, header true)", csv)).isEqualTo(ROWS);
        }
        double copy = (System.nanoTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_copy_baseline rows=%d seconds=%.2f rows_per_second=%.0f%n", ROWS, copy, ROWS / copy);

        Path again = Files.createTempFile("incidents-benchmark-import-", ".csv");
        Files.copy(csv, again, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long i0 = System.nanoTime();
        IncidentImportJob job = imports.importNow(m, "bench", "bench.csv", again, IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of(), false);
        double imported = (System.nanoTime() - i0) / 1e9;
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.importedRows()).isEqualTo(ROWS);
        System.out.printf(Locale.ROOT, "BENCHMARK incident_csv_import rows=%d seconds=%.2f rows_per_second=%.0f ratio_to_copy=%.2f%n",
                ROWS, imported, ROWS / imported, copy / imported);
        // A plain COPY of the same rows into the register: the rows the import wrote, in the tables' own format, copied
        // out and then in again with COPY into empty tables of the register's shape — every column, check, index and
        // foreign key of incident and incident_cost. What any load into the register pays; the import's ratio to it
        // is the share of its time that is the import's own work (parsing, validation, lookups).
        Path incidentRows = Files.createTempFile("incidents-benchmark-register-", ".copy");
        Path costRows = Files.createTempFile("incidents-benchmark-costs-", ".copy");
        copyOut("copy (select * from incident where import_job_id = " + job.id() + " order by id) to stdout", incidentRows);
        copyOut("copy (select c.* from incident_cost c join incident i on i.id = c.incident_id where i.import_job_id = "
                + job.id() + " order by c.id) to stdout", costRows);
        jdbc.sql("create table incident_floor (like incident including all)").update();
        jdbc.sql("create table incident_cost_floor (like incident_cost including all)").update();
        for (String fk : jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'incident'::regclass and contype = 'f'")
                .query(String.class).list()) {
            jdbc.sql("alter table incident_floor add " + fk.replace("REFERENCES incident(", "REFERENCES incident_floor(")).update();
        }
        for (String fk : jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'incident_cost'::regclass and contype = 'f'")
                .query(String.class).list()) {
            jdbc.sql("alter table incident_cost_floor add " + fk.replace("REFERENCES incident(", "REFERENCES incident_floor(")).update();
        }
        long f0 = System.nanoTime();
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            assertThat(copyIn(con, "copy incident_floor from stdin", incidentRows)).isEqualTo(ROWS);
            copyIn(con, "copy incident_cost_floor from stdin", costRows);
            con.commit();
        }
        double floor = (System.nanoTime() - f0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_copy_into_register rows=%d seconds=%.2f rows_per_second=%.0f import_ratio_to_it=%.2f%n",
                ROWS, floor, ROWS / floor, floor / imported);
        jdbc.sql("drop table incident_cost_floor").update();
        jdbc.sql("drop table incident_floor").update();
        Files.deleteIfExists(incidentRows);
        Files.deleteIfExists(costRows);
        long r0 = System.nanoTime();
        rollup.refresh(m);
        double refresh = (System.nanoTime() - r0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_stats_rebuild rows=%d months=120 seconds=%.2f%n", ROWS, refresh);
        assertThat(statistics.statistics(m, IncidentStatistics.Filter.wholePeriod()).total().reports()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m and district_id is null").param("m", m)
                .query(Long.class).single()).isZero();
        Files.deleteIfExists(csv);
    }

    private void copyOut(String sql, Path file) throws Exception {
        try (Connection con = dataSource.getConnection(); java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object manager = pg.getMethod("getCopyAPI").invoke(con.unwrap(pg));
            manager.getClass().getMethod("copyOut", String.class, java.io.Writer.class).invoke(manager, sql, out);
        }
    }

    private static long copyIn(Connection con, String sql, Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object manager = pg.getMethod("getCopyAPI").invoke(con.unwrap(pg));
            return (Long) manager.getClass().getMethod("copyIn", String.class, Reader.class).invoke(manager, sql, in);
        }
    }
}
