package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.incidents.Channel;
import se.tryggve.incidents.DistrictInfo;
import se.tryggve.incidents.Districts;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * SCB's DeSO/RegSO boundaries (recorded file in SWEREF 99 TM) as districts of their own kind: only the
 * municipality's areas, point-in-area after the projection, the DeSO on a new incident, the backfill.
 */
@IntegrationTest
@Import(TestData.class)
class StatisticalAreasTests {

    /** Sjödalen, inside the invented DeSO …C1020 (17.97–18.01 E, 59.195–59.245 N). */
    static final Position SJODALEN = new Position(59.2366, 17.9816);
    /** Flemingsberg, inside …C1010 (17.93–17.97 E). */
    static final Position FLEMINGSBERG = new Position(59.2210, 17.9450);
    /** Segeltorp, inside …B0030 (north of 59.245). */
    static final Position SEGELTORP = new Position(59.2600, 17.9300);

    @Autowired
    TestData data;
    @Autowired
    StatisticalAreas areas;
    @Autowired
    Districts districts;
    @Autowired
    Incidents incidents;
    @Autowired
    JdbcClient jdbc;

    Long areaOf(long m, long incidentId) {
        return jdbc.sql("select statistical_area_id from incident where municipality_id = :m and id = :id").param("m", m)
                .param("id", incidentId).query(Long.class).optional().orElse(null);
    }

    long report(long m, Position p) {
        return incidents.reportIncident(m, new NewIncident("graffiti", Channel.PHONE, null, p, null, "Tag", null, null, null, null, null)).id();
    }

    String code(DistrictInfo d) {
        return d.code();
    }

    @Test
    void theMunicipalitysDesoAreasAreImportedFromSwerefAndFoundByPosition() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String file = Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code());

        var result = areas.importStatisticalAreas(m, "deso", file);
        assertThat(result).isEqualTo(new StatisticalAreas.ImportResult("DESO", 4, 0, 0, 1, 0));
        assertThat(areas.statisticalAreas(m, StatisticalAreas.DESO)).extracting(DistrictInfo::code)
                .containsExactly(mu.code() + "A0010", mu.code() + "B0030", mu.code() + "C1010", mu.code() + "C1020");
        assertThat(areas.statisticalAreaAt(m, SJODALEN)).map(this::code).contains(mu.code() + "C1020");
        assertThat(areas.statisticalAreaAt(m, FLEMINGSBERG)).map(this::code).contains(mu.code() + "C1010");
        assertThat(areas.statisticalAreaAt(m, SEGELTORP)).map(this::code).contains(mu.code() + "B0030");
        assertThat(areas.statisticalAreaAt(m, new Position(59.22, 17.82))).isEmpty();   // Botkyrka's area was left out
        // the districts of kind DISTRICT are untouched: no district lookup, and a position outside them is not refused
        assertThat(districts.hasDistricts(m)).isFalse();

        // idempotent: the same file again changes nothing
        assertThat(areas.importStatisticalAreas(m, "DESO", file)).isEqualTo(new StatisticalAreas.ImportResult("DESO", 0, 0, 4, 1, 0));
        assertThat(jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'StatisticalAreaImport'")
                .param("m", m).query(Long.class).single()).isEqualTo(2);

        long other = data.newMunicipality("Botkyrka kommun").id();
        assertThat(areas.statisticalAreas(other, StatisticalAreas.DESO)).isEmpty();
    }

    @Test
    void aNewIncidentGetsItsDesoAndOlderIncidentsGetThemByTheBackfill() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        long before = report(m, SJODALEN);
        long before2 = report(m, FLEMINGSBERG);
        assertThat(areaOf(m, before)).isNull();

        var result = areas.importStatisticalAreas(m, "DESO", Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code()));
        assertThat(result.backfilled()).isEqualTo(2);
        assertThat(areas.statisticalAreaOfIncident(m, before)).map(this::code).contains(mu.code() + "C1020");
        assertThat(areas.statisticalAreaOfIncident(m, before2)).map(this::code).contains(mu.code() + "C1010");

        long after = report(m, SEGELTORP);
        assertThat(areas.statisticalAreaOfIncident(m, after)).map(this::code).contains(mu.code() + "B0030");

        // boundaries move: C1020 now covers nothing near Sjödalen; the backfill follows
        String moved = Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code())
                .replace("[[[[669631.465, 6565543.247], [671915.070, 6565645.698], [671663.708, 6571209.757], [669383.445, 6571107.403], [669631.465, 6565543.247]]]]",
                        "[[[[680000.0, 6565000.0], [682000.0, 6565000.0], [682000.0, 6567000.0], [680000.0, 6567000.0], [680000.0, 6565000.0]]]]");
        var second = areas.importStatisticalAreas(m, "DESO", moved);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.backfilled()).isEqualTo(1);
        assertThat(areaOf(m, before)).isNull();
        assertThat(areas.backfillStatisticalAreas(m)).isZero();
    }

    @Test
    void aMalformedFeatureIsReportedByPositionAndNothingIsImported() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        String file = Recorded.forCode("deso-huddinge-sweref99tm.geojson", mu.code());
        String badCode = file.replace("\"desokod\": \"" + mu.code() + "C1010\"", "\"desokod\": \"" + mu.code() + "X1010\"");
        assertThatThrownBy(() -> areas.importStatisticalAreas(m, "DESO", badCode)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("statarea.feature.code");
            assertThat(e.args()[0]).isEqualTo(2);
        });
        String badRing = file.replace("[[[667347.820, 6565442.168], [669631.465, 6565543.247]", "[[[667347.820], [669631.465, 6565543.247]");
        assertThatThrownBy(() -> areas.importStatisticalAreas(m, "DESO", badRing)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("statarea.feature.geometry");
            assertThat(e.args()[0]).isEqualTo(2);
        });
        assertThatThrownBy(() -> areas.importStatisticalAreas(m, "DESO", file.replace(mu.code(), "9999")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("statarea.none"));
        assertThatThrownBy(() -> areas.importStatisticalAreas(m, "KOMMUN", file))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("statarea.kind.invalid"));
        assertThat(areas.statisticalAreas(m, StatisticalAreas.DESO)).isEmpty();
    }

    @Test
    void regsoAreasKeepTheirNames() {
        Municipality mu = data.newMunicipality("Huddinge kommun");
        long m = mu.id();
        var result = areas.importStatisticalAreas(m, "REGSO", Recorded.forCode("regso-huddinge-sweref99tm.geojson", mu.code()));
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.backfilled()).isZero();
        assertThat(areas.statisticalAreas(m, StatisticalAreas.REGSO)).extracting(DistrictInfo::name)
                .containsExactly("Glömsta-Flemingsberg", "Sjödalen");
        // RegSO is not the incident's statistical area (that is DeSO)
        assertThat(areas.statisticalAreaAt(m, SJODALEN)).isEmpty();
    }
}
