package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.incidents.Districts;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/** The police feed importer against the recorded feed: context events (not incidents), by position refusals, idempotence, the fetch. */
@IntegrationTest
@Import(TestData.class)
class ContextEventsTests {

    static final String WEST_EAST = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "west", "name": "Väster"},
               "geometry": {"type": "Polygon", "coordinates": [[[17.90, 59.20], [17.98, 59.20], [17.98, 59.26], [17.90, 59.26], [17.90, 59.20]]]}},
              {"type": "Feature", "properties": {"code": "east", "name": "Öster"},
               "geometry": {"type": "Polygon", "coordinates": [[[17.98, 59.20], [18.06, 59.20], [18.06, 59.26], [17.98, 59.26], [17.98, 59.20]]]}}
            ]}""";

    @Autowired
    TestData data;
    @Autowired
    ContextEvents contextEvents;
    @Autowired
    Districts districts;
    @Autowired
    PublicDataSettingsService settings;
    @Autowired
    JdbcClient jdbc;

    long audits(long m) {
        return jdbc.sql("select count(*) from audit_entry where municipality_id = :m and object_type = 'ContextEventImport'")
                .param("m", m).query(Long.class).single();
    }

    long incidents(long m) {
        return jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    @Test
    void theRecordedFeedIsStoredAsContextEventsOfTheMunicipalityOnlyAndReimportChangesNothing() {
        long m = data.newMunicipality("Huddinge kommun").id();
        districts.importDistricts(m, null, WEST_EAST);

        var first = contextEvents.importPoliceEvents(m, Recorded.file("police-events-huddinge.json"));
        assertThat(first).isEqualTo(new ContextEvents.ImportResult(2, 0, 0, 2));
        var events = contextEvents.contextEvents(m, null, null, null, 100);
        assertThat(events).extracting(ContextEvent::externalId).containsExactly("610002", "610001");
        ContextEvent vandalism = events.get(1);
        assertThat(vandalism.occurredAt()).isEqualTo(Instant.parse("2025-06-14T20:31:07Z"));
        assertThat(vandalism.type()).isEqualTo("Skadegörelse");
        assertThat(vandalism.latitude()).isEqualTo(59.2366);
        assertThat(vandalism.longitude()).isEqualTo(17.9816);
        assertThat(vandalism.districtName()).isEqualTo("Öster");
        assertThat(vandalism.link()).startsWith("https://polisen.se/aktuellt/handelser/2025/juni/14/");
        // the hour without its leading zero, as the feed sometimes writes it
        assertThat(events.get(0).occurredAt()).isEqualTo(Instant.parse("2025-06-14T23:12:40Z"));
        assertThat(events.get(0).districtName()).isEqualTo("Väster");
        // never the municipality's incidents
        assertThat(incidents(m)).isZero();

        var again = contextEvents.importPoliceEvents(m, Recorded.file("police-events-huddinge.json"));
        assertThat(again).isEqualTo(new ContextEvents.ImportResult(0, 0, 2, 2));
        assertThat(contextEvents.contextEvents(m, null, null, null, 100)).hasSize(2);

        var changed = contextEvents.importPoliceEvents(m, Recorded.file("police-events-huddinge.json")
                .replace("Klotter på en skola i Sjödalen.", "Klotter på en skola och en busskur i Sjödalen."));
        assertThat(changed).isEqualTo(new ContextEvents.ImportResult(0, 1, 1, 2));
        assertThat(audits(m)).isEqualTo(3);

        assertThat(contextEvents.contextEvents(m, "Brand", null, null, 100)).extracting(ContextEvent::externalId).containsExactly("610002");
        assertThat(contextEvents.contextEvents(m, null, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 15), 100))
                .extracting(ContextEvent::externalId).containsExactly("610002");
        assertThat(contextEvents.contextEvents(m, null, LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 14), 100))
                .extracting(ContextEvent::externalId).containsExactly("610001");
        assertThat(contextEvents.types(m)).containsExactly("Brand", "Skadegörelse");

        long other = data.newMunicipality("Huddinge kommun").id();
        assertThat(contextEvents.contextEvent(other, vandalism.id())).isEmpty();
    }

    @Test
    void aMalformedItemIsReportedByItsPositionAndNothingIsImported() {
        long m = data.newMunicipality("Huddinge kommun").id();
        String bad = Recorded.file("police-events-huddinge.json").replace("\"2025-06-15 14:05:00 +02:00\"", "\"igår kväll\"");
        assertThatThrownBy(() -> contextEvents.importPoliceEvents(m, bad)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo("items[3]");
            assertThat(e.messageKey()).isEqualTo("publicdata.police.item.field");
            assertThat(e.args()).containsExactly(3, "datetime");
        });
        String badGps = Recorded.file("police-events-huddinge.json").replace("\"59.3293,18.0686\"", "\"norr om stan\"");
        assertThatThrownBy(() -> contextEvents.importPoliceEvents(m, badGps)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.args()).containsExactly(4, "location.gps"));
        assertThatThrownBy(() -> contextEvents.importPoliceEvents(m, "[{\"id\": 1, \"datetime\": \"2025-06-14 22:31:07 +02:00\","
                + " \"name\": \"x\", \"type\": \"Brand\", \"location\": {\"name\": \"Huddinge\"}}, 7]"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("items[2]"));
        assertThatThrownBy(() -> contextEvents.importPoliceEvents(m, "{\"id\": 1}"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("publicdata.police.notArray"));
        assertThat(contextEvents.contextEvents(m, null, null, null, 100)).isEmpty();
        assertThat(audits(m)).isZero();
    }

    @Test
    void theFetchCallsTheConfiguredFeedForTheMunicipalitysPlaceWithTheUserAgent() throws Exception {
        long m = data.newMunicipality("Huddinge kommun").id();
        try (Recorded.Server server = new Recorded.Server()) {
            server.bodies.put("/api/events", Recorded.file("police-events-huddinge.json"));
            settings.updateSettings(m, -1, new PublicDataSettings(server.url("/api/events"), null, "trygghet@huddinge.se", false, 60,
                    null, null, null, null, null, -1));
            var result = contextEvents.fetchPoliceEvents(m);
            assertThat(result.created()).isEqualTo(2);
            assertThat(server.requests).hasSize(1);
            assertThat(server.requests.get(0).query()).isEqualTo("locationname=Huddinge");
            assertThat(server.requests.get(0).userAgent()).startsWith("Tryggve/").endsWith(" (+trygghet@huddinge.se)");
        }
        assertThat(audits(m)).isEqualTo(1);
    }
}
