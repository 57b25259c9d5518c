package se.tryggve.publication.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.followup.IndicatorValue;
import se.tryggve.followup.IndicatorValues;
import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.Direction;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.incidents.Channel;
import se.tryggve.incidents.IncidentStatistics;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The open data downloads read back with commons-csv and Jackson match their sources; small counts are suppressed. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OpenDataTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired Governance governance;
    @Autowired IndicatorValues indicatorValues;
    @Autowired Incidents incidents;
    @Autowired IncidentStatistics statistics;
    @Autowired ObjectMapper json;

    Municipality mu;
    String base;

    @BeforeEach
    void world() {
        mu = testData.newMunicipality("Databy kommun");
        base = "/kommun/" + mu.code() + "/oppna-data/";
    }

    private List<CSVRecord> csv(String dataset) throws Exception {
        var r = mvc.perform(get(base + dataset + ".csv")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).startsWith("text/csv");
        String text = new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private JsonNode json(String dataset) throws Exception {
        var r = mvc.perform(get(base + dataset + ".json")).andExpect(status().isOk()).andReturn().getResponse();
        JsonNode doc = json.readTree(r.getContentAsByteArray());
        assertThat(doc.get("licens").get("namn").asString()).isEqualTo("CC0 1.0");
        return doc;
    }

    private void report(String category, String at) {
        incidents.reportIncident(mu.id(), new NewIncident(category, Channel.STAFF, Instant.parse(at), new Position(59.2366, 17.9816),
                "Stationsvägen 1", "Fritext som aldrig publiceras", null, null, null, null, null));
    }

    @Test
    void incidentStatisticsSuppressSmallCountsAndMatchTheStatistics() throws Exception {
        for (int i = 1; i <= 6; i++) {
            report("graffiti", "2023-03-0" + i + "T10:00:00Z");
        }
        report("vandalism", "2023-05-02T10:00:00Z");
        report("vandalism", "2023-05-03T10:00:00Z");
        var source = statistics.statistics(mu.id(), IncidentStatistics.Filter.ofYear(2023));
        assertThat(source.total().reports()).isEqualTo(8);

        List<CSVRecord> rows = csv(OpenData.INCIDENTS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toMap()).containsEntry("ar", "2023").containsEntry("manad", "3")
                .containsEntry("kategori_kod", "graffiti").containsEntry("antal", "6").containsEntry("undertryckt", "false");
        assertThat(rows.get(1).toMap()).containsEntry("manad", "5").containsEntry("kategori_kod", "vandalism")
                .containsEntry("antal", "").containsEntry("undertryckt", "true");
        int shown = rows.stream().filter(r -> !r.get("antal").isEmpty()).mapToInt(r -> Integer.parseInt(r.get("antal"))).sum();
        assertThat(shown).isEqualTo(source.byCategory().stream().filter(c -> c.key().equals("graffiti"))
                .mapToInt(c -> c.figures().reports()).sum());

        JsonNode doc = json(OpenData.INCIDENTS);
        JsonNode rader = doc.get("rader");
        assertThat(rader.size()).isEqualTo(2);
        assertThat(rader.get(0).get("antal").asInt()).isEqualTo(6);
        assertThat(rader.get(1).get("antal").isNull()).isTrue();
        assertThat(rader.get(1).get("undertryckt").asBoolean()).isTrue();
        String body = mvc.perform(get(base + OpenData.INCIDENTS + ".csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Fritext").doesNotContain("Stationsvägen").contains("\r\n");
    }

    @Test
    void indicatorValuesOfAdoptedDocumentsOnly() throws Exception {
        GoverningDocument adopted = document("Program för trygghet, \"säkerhet\" och ordning", true);
        GoverningDocument draft = document("Utkast", false);
        Indicator a = indicator(adopted, "Andel trygga, procent");
        Indicator d = indicator(draft, "Hemlig indikator");
        indicatorValues.recordValue(mu.id(), a.id(), 2023, new BigDecimal("61.5"), null, IndicatorValue.Source.ENTERED, null);
        indicatorValues.recordValue(mu.id(), a.id(), 2024, new BigDecimal("64"), null, IndicatorValue.Source.ENTERED, null);
        indicatorValues.recordValue(mu.id(), a.id(), 2022, null, "Enkäten gjordes inte", IndicatorValue.Source.ENTERED, null);
        indicatorValues.recordValue(mu.id(), d.id(), 2024, new BigDecimal("1"), null, IndicatorValue.Source.ENTERED, null);

        List<CSVRecord> rows = csv(OpenData.INDICATORS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toMap()).containsEntry("styrdokument", adopted.title()).containsEntry("indikator", a.name())
                .containsEntry("ar", "2023").containsEntry("varde", "61.5").containsEntry("kalla", "ENTERED");
        assertThat(rows.get(1).toMap()).containsEntry("ar", "2024").containsEntry("varde", "64").containsEntry("malvarde", "65");
        JsonNode rader = json(OpenData.INDICATORS).get("rader");
        assertThat(rader.size()).isEqualTo(2);
        assertThat(rader.get(0).get("varde").decimalValue()).isEqualByComparingTo("61.5");
        assertThat(rader.get(0).get("styrdokument").asString()).isEqualTo(adopted.title());
        String body = mvc.perform(get(base + OpenData.INDICATORS + ".csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Hemlig").doesNotContain("Enkäten gjordes inte");
    }

    @Test
    void judgementsDatasetHasItsHeaderAndThePageStatesTheLicence() throws Exception {
        String body = mvc.perform(get(base + OpenData.JUDGEMENTS + ".csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith(String.join(",", OpenData.JUDGEMENT_COLUMNS) + "\r\n");
        mvc.perform(get("/kommun/" + mu.code() + "/oppna-data")).andExpect(status().isOk())
                .andExpect(content().string(containsString("CC0 1.0")))
                .andExpect(content().string(containsString("creativecommons.org/publicdomain/zero/1.0")))
                .andExpect(content().string(containsString(base + OpenData.INCIDENTS + ".csv")));
        mvc.perform(get(base + "okand.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/0001/oppna-data")).andExpect(status().isNotFound());
    }

    private GoverningDocument document(String title, boolean adopt) {
        GoverningDocument d = governance.createDocument(mu.id(), new DocumentData(DocumentKind.PROGRAMME, title,
                LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31), null, Set.of(), null));
        governance.addArea(mu.id(), d.id(), new AreaData("Trygghet", null, null));
        if (adopt) {
            governance.adoptDocument(mu.id(), d.id(), new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2022, 1, 20), null, null));
        }
        return d;
    }

    private Indicator indicator(GoverningDocument d, String name) {
        return governance.addIndicator(mu.id(), d.id(), new IndicatorData(null, name, "%", Direction.HIGHER_IS_BETTER,
                IndicatorSource.SURVEY, null, 2021, new BigDecimal("60"), Map.of(2024, new BigDecimal("65")), null));
    }
}
