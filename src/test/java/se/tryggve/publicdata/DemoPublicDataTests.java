package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.incidents.DistrictInfo;
import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

/** The demo's public data: invented DeSO areas (example) covering the demo incidents, example events and key figures. */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoPublicDataTests {

    @Autowired
    Municipalities municipalities;
    @Autowired
    StatisticalAreas areas;
    @Autowired
    ContextEvents contextEvents;
    @Autowired
    ReferenceFigures figures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoAreasCoverEveryDemoIncidentAndEverythingIsMarkedAsExample() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        assertThat(areas.statisticalAreas(m, StatisticalAreas.DESO)).hasSize(6).allMatch(DistrictInfo::example);
        long positioned = jdbc.sql("select count(*) from incident where municipality_id = :m and latitude is not null")
                .param("m", m).query(Long.class).single();
        long withArea = jdbc.sql("select count(*) from incident where municipality_id = :m and statistical_area_id is not null")
                .param("m", m).query(Long.class).single();
        assertThat(positioned).isPositive();
        // the demo incidents spread (Gaussian) around their places: all but the farthest tail fall in an area
        assertThat(withArea).isGreaterThanOrEqualTo(positioned * 99 / 100);
        assertThat(contextEvents.contextEvents(m, null, null, null, 100)).hasSize(7)
                .allSatisfy(e -> assertThat(e.example()).isTrue())
                .allSatisfy(e -> assertThat(e.name()).startsWith("Exempel: "));
        assertThat(figures.referenceFigures(m)).hasSize(21).allSatisfy(f -> {
            assertThat(f.example()).isTrue();
            assertThat(f.kpiTitle()).endsWith("(exempelvärden)");
            assertThat(f.comparisonCode()).isEqualTo("0000");
            assertThat(f.municipalityValue()).isNotNull();
        });
    }
}
