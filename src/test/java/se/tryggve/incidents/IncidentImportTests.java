package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/** CSV import with bad rows (line numbers, both modes, mapping), the API and pages, export, statistics API. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class IncidentImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentImports imports;
    @Autowired
    IncidentStatistics statistics;

    long m;
    long north;
    String coordinator;
    String reader;
    IncidentStatsFixture f;

    @BeforeEach
    void setUp() {
        f = new IncidentStatsFixture(jdbc);
        m = testData.newMunicipality("Importby").id();
        north = f.district(m, "N", "Norr");
        coordinator = testData.newUser(m, null, Role.SECURITY_COORDINATOR);
        reader = testData.newUser(m, null, Role.READER);
    }

    static final String GOOD = """
            reported_at,category,offensive,channel,latitude,longitude,district,removed_at,cost,description
            2021-03-10 10:00,graffiti,nej,PHONE,59.21,17.95,N,2021-03-11 10:00,"1 000,50","Tagg på ""skolan"", gavel"
            2021-03-11T09:00:00+01:00,Klotter – kränkande,,STAFF,,,Norr,,,
            2021-04-01 15:00,graffiti-offensive,ja,STAFF,,,,2021-04-06 14:00,2000,
            """;

    static final String BAD = """
            reported_at,category,offensive,channel,latitude,longitude,district,removed_at,cost,description
            2021-03-10 10:00,graffiti,nej,PHONE,59.21,17.95,N,2021-03-11 10:00,1000,ok
            igår,nope,kanske,FAX,95,,Söder,2021-03-01,-5,
            2021-03-12 10:00,graffiti,nej,STAFF,,,,2021-03-11 10:00,,
            2021-03-13 10:00,vandalism,nej,STAFF,,,,,,"fine"
            """;

    private Path file(String csv) throws Exception {
        Path p = Files.createTempFile("import-test", ".csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    private long count() {
        return jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    @Test
    void validRowsAreImportedWithTheirCostsTargetsAndStatistics() throws Exception {
        IncidentImportJob job = imports.importNow(m, "coord", "good.csv", file(GOOD), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.importedRows()).isEqualTo(3);
        assertThat(job.totalRows()).isEqualTo(3);
        assertThat(count()).isEqualTo(3);
        assertThat(jdbc.sql("select description from incident where municipality_id = :m and channel = 'PHONE'").param("m", m)
                .query(String.class).single()).isEqualTo("Tagg på \"skolan\", gavel");
        assertThat(jdbc.sql("select sum(amount) from incident_cost where municipality_id = :m").param("m", m)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("3000.50");
        // offensive over Easter: due Tuesday 15:00, removed 14:00 → within
        assertThat(jdbc.sql("select within_target from incident where municipality_id = :m and removal_minutes = 7140").param("m", m)
                .query(Boolean.class).single()).isTrue();
        var stats = statistics.statistics(m, IncidentStatistics.Filter.ofYear(2021));
        assertThat(stats.total().reports()).isEqualTo(3);
        assertThat(stats.total().withinTarget()).isEqualTo(2);
        assertThat(stats.byDistrict().get(0).label()).isEqualTo("Norr");
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'IncidentImport'")
                .param("m", m).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void allOrNothingImportsNothingAndReportsEveryBadRowByLine() throws Exception {
        IncidentImportJob job = imports.importNow(m, "coord", "bad.csv", file(BAD), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(count()).isZero();
        assertThat(job.invalidRows()).isEqualTo(2);
        assertThat(job.errors()).extracting(IncidentImportJob.RowError::line).containsOnly(3, 4);
        assertThat(job.errors()).filteredOn(e -> e.line() == 3).extracting(IncidentImportJob.RowError::field)
                .contains("reported_at", "category", "offensive", "channel", "latitude", "district", "cost");
        assertThat(job.errors()).filteredOn(e -> e.line() == 4).extracting(IncidentImportJob.RowError::messageKey)
                .containsExactly("incidentstats.import.removedBeforeReported");
    }

    /** More rows than one chunk of the writer, so chunks are already written (on PostgreSQL by the COPY thread). */
    private String large(int rows, int badLine) {
        StringBuilder b = new StringBuilder("reported_at,category,cost\n");
        for (int i = 2; i <= rows + 1; i++) {
            b.append(i == badLine ? "igår" : "2021-03-10 10:00").append(",graffiti,").append(i % 2 == 0 ? "100" : "").append('\n');
        }
        return b.toString();
    }

    @Test
    void aBadRowAfterSeveralWrittenChunksStillImportsNothing() throws Exception {
        int rows = IncidentImportWriter.CHUNK * 2 + 500;
        IncidentImportJob job = imports.importNow(m, "coord", "large.csv", file(large(rows, rows + 1)), IncidentImportJob.Mode.ALL_OR_NOTHING,
                Map.of());
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).extracting(IncidentImportJob.RowError::line).containsExactly(rows + 1); // the last line
        assertThat(count()).isZero();
        assertThat(jdbc.sql("select count(*) from incident_cost where municipality_id = :m").param("m", m).query(Long.class).single())
                .isZero();

        job = imports.importNow(m, "coord", "large.csv", file(large(rows, rows + 1)), IncidentImportJob.Mode.SKIP_INVALID, Map.of());
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.importedRows()).isEqualTo(rows - 1);
        assertThat(count()).isEqualTo(rows - 1);
        assertThat(jdbc.sql("select count(*) from incident_cost c join incident i on i.id = c.incident_id where i.municipality_id = :m")
                .param("m", m).query(Long.class).single()).isEqualTo(rows / 2); // the even lines carry a cost
    }

    @Test
    void skipInvalidImportsTheValidRows() throws Exception {
        IncidentImportJob job = imports.importNow(m, "coord", "bad.csv", file(BAD), IncidentImportJob.Mode.SKIP_INVALID, Map.of());
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.importedRows()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aMappingNamesOtherHeadersAndAMissingRequiredColumnIsReported() throws Exception {
        String csv = "Datum;Typ;Plats\n2021-05-01 12:00;graffiti;Storgatan 1\n";
        IncidentImportJob job = imports.importNow(m, "coord", "m.csv", file(csv), IncidentImportJob.Mode.ALL_OR_NOTHING,
                Map.of(IncidentImportField.REPORTED_AT, "Datum", IncidentImportField.CATEGORY, "typ", IncidentImportField.ADDRESS, "Plats"));
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(jdbc.sql("select address from incident where municipality_id = :m").param("m", m).query(String.class).single())
                .isEqualTo("Storgatan 1");
        job = imports.importNow(m, "coord", "m.csv", file(csv), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).extracting(IncidentImportJob.RowError::line).containsOnly(1);
        String broken = "reported_at,category\n2021-05-01 12:00,graffiti\n\"2021-05-02,graffiti\n";
        job = imports.importNow(m, "coord", "q.csv", file(broken), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).extracting(IncidentImportJob.RowError::messageKey).contains("incidentstats.import.malformed");
    }

    @Test
    void theApiImportsPollsAndRefusesReadersAndBadModes() throws Exception {
        mvc.perform(post("/api/v1/incidents/import").param("wait", "true").contentType("text/csv").content(GOOD)
                        .with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.importedRows").value(3));
        String body = mvc.perform(multipart("/api/v1/incidents/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", BAD.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "SKIP_INVALID").with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String state = "";
        for (int i = 0; i < 100 && !state.contains("\"finishedAt\":\""); i++) {
            Thread.sleep(100);
            state = mvc.perform(get("/api/v1/incidents/import/{id}", id).with(httpBasic(coordinator, TestData.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(state).contains("\"status\":\"DONE\"").contains("\"line\":3").contains("Kategorin finns inte.");
        mvc.perform(post("/api/v1/incidents/import").param("mode", "SOMETIMES").contentType("text/csv").content(GOOD)
                        .with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.mode").exists());
        mvc.perform(post("/api/v1/incidents/import").contentType("text/csv").content(GOOD).with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        long other = testData.newMunicipality("Annan").id();
        String otherCoordinator = testData.newUser(other, null, Role.SECURITY_COORDINATOR);
        mvc.perform(get("/api/v1/incidents/import/{id}", id).with(httpBasic(otherCoordinator, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportAsCsvAndXlsxWithFilters() throws Exception {
        imports.importNow(m, "coord", "good.csv", file(GOOD), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        String csv = mvc.perform(get("/api/v1/incidents/export").param("format", "csv").param("category", "graffiti")
                        .with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("reported_at").contains("2021-03-10T10:00+01:00").contains("1000.50");
        byte[] xlsx = mvc.perform(get("/api/v1/incidents/export").param("format", "xlsx").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        mvc.perform(get("/api/v1/incidents/export").param("format", "pdf").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        // the export is importable again
        IncidentImportJob again = imports.importNow(m, "coord", "export.csv", file(csv.substring(1)), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        assertThat(again.status()).isEqualTo("DONE");
    }

    @Test
    void statisticsApiHotspotsAndGuideline() throws Exception {
        imports.importNow(m, "coord", "good.csv", file(GOOD), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        mvc.perform(get("/api/v1/incidents/statistics").param("year", "2021").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.reports").value(3))
                .andExpect(jsonPath("$.byMonth.length()").value(12))
                .andExpect(jsonPath("$.guideline.removalHours").value(48));
        mvc.perform(get("/api/v1/incidents/statistics").param("category", "nope").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/incidents/statistics").param("from", "2021-05-01").param("to", "2021-01-01")
                        .with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/incidents/statistics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/incidents/statistics/hotspots").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[0].properties.reports").value(1));
        mvc.perform(put("/api/v1/incidents/graffiti-guideline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"removalHours\":24,\"offensiveHours\":24,\"offensiveWorkingDaysOnly\":false,\"costReductionPercent\":50,\"baselineFromYear\":2018,\"baselineToYear\":2019,\"version\":-1}")
                        .with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/incidents/graffiti-guideline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"removalHours\":24,\"offensiveHours\":24,\"offensiveWorkingDaysOnly\":false,\"costReductionPercent\":150,\"baselineFromYear\":2018,\"baselineToYear\":2019,\"version\":-1}")
                        .with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.costReductionPercent").exists());
        mvc.perform(put("/api/v1/incidents/graffiti-guideline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"removalHours\":24,\"offensiveHours\":24,\"offensiveWorkingDaysOnly\":false,\"costReductionPercent\":50,\"baselineFromYear\":2018,\"baselineToYear\":2019,\"version\":-1}")
                        .with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/incidents/graffiti-guideline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"removalHours\":24,\"offensiveHours\":24,\"offensiveWorkingDaysOnly\":false,\"costReductionPercent\":50,\"baselineFromYear\":2018,\"baselineToYear\":2019,\"version\":-1}")
                        .with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void pagesRender() throws Exception {
        imports.importNow(m, "coord", "good.csv", file(GOOD), IncidentImportJob.Mode.ALL_OR_NOTHING, Map.of());
        var session = WebLogin.as(mvc, coordinator);
        mvc.perform(get("/incidents/statistics").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-incident-chart")));
        mvc.perform(get("/incidents/statistics").param("year", "2021").session(session)).andExpect(status().isOk());
        mvc.perform(get("/incidents/graffiti-guideline").session(session)).andExpect(status().isOk());
        mvc.perform(get("/incidents/import").session(session)).andExpect(status().isOk());
        long id = imports.recentJobs(m).get(0).id();
        mvc.perform(get("/incidents/import/{id}", id).session(session)).andExpect(status().isOk());
        mvc.perform(get("/incidents/import/{id}/progress", id).session(session)).andExpect(status().isOk());
        var readerSession = WebLogin.as(mvc, reader);
        mvc.perform(get("/incidents/import").session(readerSession)).andExpect(status().isForbidden());
        // the map's hotspot layer, with the page's session
        mvc.perform(get("/incidents/map/hotspots.geojson").session(readerSession)).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].properties.reports").isNumber());
        mvc.perform(get("/incidents/map").session(readerSession)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-hotspots=\"/incidents/map/hotspots.geojson\"")));
    }
}
