package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.lang.reflect.Method;
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
 * CSV import into PostgreSQL against a plain COPY of the same file (into a table of text columns, the least a
 * load can do), in the same run. Goal: the import (parse, validate, district lookup, write incidents and costs)
 * at least half the COPY's rate. 1,000,000 incidents over 10 years (-Dincidents.benchmark.rows to change).
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
        try (Connection con = dataSource.getConnection(); Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object manager = pg.getMethod("getCopyAPI").invoke(con.unwrap(pg));
            Method copyIn = manager.getClass().getMethod("copyIn", String.class, Reader.class);
            long n = (Long) copyIn.invoke(manager, "copy copy_baseline from stdin with (format csv, header true)", in);
            assertThat(n).isEqualTo(ROWS);
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
        // The database's own share: the same rows, already in the database, inserted into tables of the register's
        // shape (the same indexes and foreign keys) — what any import into the register pays at least.
        jdbc.sql("create table incident_floor (like incident including defaults including indexes)").update();
        jdbc.sql("alter table incident_floor add foreign key (municipality_id) references municipality(id),"
                + " add foreign key (category_id) references incident_category(id), add foreign key (district_id) references district(id),"
                + " add foreign key (duplicate_of) references incident_floor(id)").update();
        jdbc.sql("create table incident_cost_floor (like incident_cost including defaults including indexes)").update();
        jdbc.sql("alter table incident_cost_floor add foreign key (municipality_id) references municipality(id),"
                + " add foreign key (incident_id) references incident_floor(id)").update();
        long f0 = System.nanoTime();
        jdbc.sql("insert into incident_floor select * from incident where import_job_id = :j").param("j", job.id()).update();
        jdbc.sql("insert into incident_cost_floor select c.* from incident_cost c join incident i on i.id = c.incident_id"
                + " where i.import_job_id = :j").param("j", job.id()).update();
        double floor = (System.nanoTime() - f0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_store_floor rows=%d seconds=%.2f rows_per_second=%.0f import_ratio_to_floor=%.2f%n",
                ROWS, floor, ROWS / floor, floor / imported);
        jdbc.sql("drop table incident_cost_floor").update();
        jdbc.sql("drop table incident_floor").update();
        long r0 = System.nanoTime();
        rollup.refresh(m);
        double refresh = (System.nanoTime() - r0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK incident_stats_rebuild rows=%d months=120 seconds=%.2f%n", ROWS, refresh);
        assertThat(statistics.statistics(m, IncidentStatistics.Filter.wholePeriod()).total().reports()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from incident where municipality_id = :m and district_id is null").param("m", m)
                .query(Long.class).single()).isZero();
        Files.deleteIfExists(csv);
    }
}
