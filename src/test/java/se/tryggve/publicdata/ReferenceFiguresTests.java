package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** Kolada key figures (recorded answer of the data API) as reference figures: values, comparison, idempotence, refusals, the fetch. */
@IntegrationTest
@Import(TestData.class)
class ReferenceFiguresTests {

    @Autowired
    TestData data;
    @Autowired
    ReferenceFigures figures;
    @Autowired
    PublicDataSettingsService settings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMunicipalitysValuesAndTheCountrysAreStoredPerKpiAndYear() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String file = Recorded.forCode("kolada-n07403-huddinge.json", mu.code());
        var result = figures.importKoladaFigures(m, file, "Anmälda brott om skadegörelse, antal/100 000 inv");
        assertThat(result).isEqualTo(new ReferenceFigures.ImportResult(3, 0, 0, 1));
        var list = figures.referenceFigures(m);
        assertThat(list).extracting(ReferenceFigure::year).containsExactly(2022, 2023, 2024);
        ReferenceFigure y2022 = list.get(0);
        assertThat(y2022.kpi()).isEqualTo("N07403");
        assertThat(y2022.kpiTitle()).isEqualTo("Anmälda brott om skadegörelse, antal/100 000 inv");
        assertThat(y2022.municipalityValue()).isEqualByComparingTo(new BigDecimal("1043.5"));
        assertThat(y2022.comparisonCode()).isEqualTo("0000");
        assertThat(y2022.comparisonValue()).isEqualByComparingTo(new BigDecimal("1120.0"));
        // a value Kolada lacks is missing, never zero; and no comparison row that year
        assertThat(list.get(2).municipalityValue()).isNull();
        assertThat(list.get(2).comparisonValue()).isNull();

        // the same file without a title keeps the title, and changes nothing
        assertThat(figures.importKoladaFigures(m, file, null)).isEqualTo(new ReferenceFigures.ImportResult(0, 0, 3, 1));
        assertThat(figures.importKoladaFigures(m, file.replace("987.2", "990.1"), null)).isEqualTo(new ReferenceFigures.ImportResult(0, 1, 2, 1));
        assertThat(figures.referenceFigures(m, "n07403").get(1).municipalityValue()).isEqualByComparingTo(new BigDecimal("990.1"));
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'ReferenceFigureImport'")
                .param("m", m).query(Long.class).single()).isEqualTo(3);
        assertThat(figures.referenceFigures(data.newMunicipality("Annan kommun").id())).isEmpty();
    }

    @Test
    void aMalformedRowIsReportedByPositionAndNothingIsImported() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String file = Recorded.forCode("kolada-n07403-huddinge.json", mu.code());
        assertThatThrownBy(() -> figures.importKoladaFigures(m, file.replace("\"period\": 2023", "\"period\": \"tjugotjugotre\""), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("values[2]");
                    assertThat(e.args()).containsExactly(2, "period");
                });
        assertThatThrownBy(() -> figures.importKoladaFigures(m, "{\"values\": {}}", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("publicdata.kolada.malformed"));
        assertThatThrownBy(() -> figures.importKoladaFigures(m, file.replace(mu.code(), "9998"), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("publicdata.kolada.nothing"));
        assertThat(figures.referenceFigures(m)).isEmpty();
    }

    @Test
    void theFetchAsksKoladaForTheConfiguredKpisWithTheirTitles() throws Exception {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        try (Recorded.Server kolada = new Recorded.Server()) {
            kolada.bodies.put("/v2/data/kpi/N07403/municipality/" + mu.code() + ",0000/year/"
                    + String.join(",", java.util.stream.IntStream.rangeClosed(java.time.LocalDate.now().getYear() - 9,
                    java.time.LocalDate.now().getYear()).mapToObj(String::valueOf).toList()),
                    Recorded.forCode("kolada-n07403-huddinge.json", mu.code()));
            kolada.bodies.put("/v2/kpi/N07403", Recorded.file("kolada-kpi-n07403.json"));
            assertThatThrownBy(() -> figures.fetchKoladaFigures(m)).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("publicdata.kolada.noKpis"));
            settings.updateSettings(m, -1, new PublicDataSettings(null, null, null, false, 60, null, null, kolada.url("/v2"),
                    "n07403", "0000", -1));
            var result = figures.fetchKoladaFigures(m);
            assertThat(result.created()).isEqualTo(3);
            assertThat(figures.referenceFigures(m).get(0).kpiTitle()).isEqualTo("Anmälda brott om skadegörelse, antal/100 000 inv");
            assertThat(kolada.requests).extracting(Recorded.Server.Request::path)
                    .allSatisfy(p -> assertThat(p).startsWith("/v2/"));
        }
    }
}
