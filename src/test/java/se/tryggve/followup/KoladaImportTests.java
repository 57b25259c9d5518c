package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import se.tryggve.audit.AuditLog;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Kolada import from a canned v3 document (a missing year, rows for another KPI, municipality and a bad
 * year), and the fetch from a local stub of Kolada's API (JDK HttpServer on a random port, never the
 * internet) with paging and failures.
 */
@IntegrationTest
@Import({TestData.class, FollowUpFixture.class})
class KoladaImportTests {

    static final HttpServer KOLADA;
    /** What the stub answers: 200 with the pages, 500, or a body that is no JSON. */
    static volatile String mode = "ok";
    static volatile String municipalityCode = "0000";
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    static final AtomicInteger PAGE2 = new AtomicInteger();

    static {
        try {
            KOLADA = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KOLADA.createContext("/v3/", exchange -> {
            REQUESTS.add(exchange.getRequestURI().toString());
            String body;
            int status = 200;
            if ("error".equals(mode)) {
                status = 500;
                body = "{\"error\": \"boom\"}";
            } else if ("garbage".equals(mode)) {
                body = "<html>not json</html>";
            } else if (exchange.getRequestURI().getPath().endsWith("/page2")) {
                PAGE2.incrementAndGet();
                body = canned("page2.json");
            } else {
                body = canned("page1.json").replace("NEXT", "http://127.0.0.1:" + KOLADA.getAddress().getPort() + "/v3/page2");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        KOLADA.start();
    }

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry registry) {
        registry.add("tryggve.kolada.base-url", () -> "http://127.0.0.1:" + KOLADA.getAddress().getPort() + "/v3/");
        registry.add("tryggve.kolada.read-timeout", () -> "5s");
    }

    @AfterAll
    static void stop() {
        KOLADA.stop(0);
    }

    static String canned(String name) {
        try (InputStream in = KoladaImportTests.class.getResourceAsStream("/kolada/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("MUNICIPALITY", municipalityCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    KoladaImport kolada;
    @Autowired
    IndicatorValues values;
    @Autowired
    Municipalities municipalities;
    @Autowired
    AuditLog audit;

    FollowUpFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        municipalityCode = municipalities.find(w.m).orElseThrow().code();
        mode = "ok";
        REQUESTS.clear();
    }

    @Test
    void importsTheTotalsOfTheMatchingRowsAndReportsTheOthers() {
        KoladaImport.Result r = kolada.importKoladaValues(w.m, w.i1.id(), canned("N07403.json"));

        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.problems()).extracting(KoladaImport.Problem::row, KoladaImport.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "followup.kolada.row.wrongKpi"),
                org.assertj.core.groups.Tuple.tuple(4, "followup.kolada.row.wrongMunicipality"),
                org.assertj.core.groups.Tuple.tuple(5, "followup.kolada.row.badYear"));
        List<IndicatorValue> all = values.values(w.m, w.i1.id());
        assertThat(all).extracting(IndicatorValue::year).containsExactly(2018, 2019, 2020);
        assertThat(all.get(0).value()).isEqualByComparingTo("1234.5");
        assertThat(all.get(0).source()).isEqualTo(IndicatorValue.Source.KOLADA);
        assertThat(all.get(1).missing()).isTrue();
        assertThat(all.get(1).missingReason()).isEqualTo("Saknas i Kolada (status: Missing)");
        assertThat(all.get(2).value()).isEqualByComparingTo("1100.46");
        assertThat(audit.search(w.m, new AuditLog.Filter(null, IndicatorValues.VALUE, w.i1.id() + "/2018", null, null, null), 0, 10))
                .hasSize(1);

        // importing the same document again changes nothing and writes no new audit entries
        kolada.importKoladaValues(w.m, w.i1.id(), canned("N07403.json"));
        assertThat(values.values(w.m, w.i1.id())).extracting(IndicatorValue::version).containsExactly(0L, 0L, 0L);
    }

    @Test
    void aMalformedDocumentSavesNothing() {
        for (String bad : new String[] {"{\"values\": [", "[1, 2]", "{\"count\": 0}", "", "null"}) {
            assertThatThrownBy(() -> kolada.importKoladaValues(w.m, w.i1.id(), bad))
                    .isInstanceOf(RuleViolationException.class).hasMessage("followup.kolada.malformed");
        }
        assertThat(values.values(w.m, w.i1.id())).isEmpty();
    }

    @Test
    void anImportReplacesAnEnteredValue() {
        values.recordValue(w.m, w.i1.id(), 2018, new BigDecimal("1"), null, IndicatorValue.Source.ENTERED, null);
        kolada.importKoladaValues(w.m, w.i1.id(), canned("N07403.json"));
        IndicatorValue v = values.value(w.m, w.i1.id(), 2018).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("1234.5");
        assertThat(v.source()).isEqualTo(IndicatorValue.Source.KOLADA);
    }

    @Test
    void fetchesTheDocumentsYearsFollowingNextUrl() {
        int before = PAGE2.get();
        KoladaImport.Result r = kolada.fetchFromKolada(w.m, w.i1.id());

        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(PAGE2.get()).isEqualTo(before + 1);
        // baseline 2017, programme 2018–2021
        assertThat(REQUESTS.get(0)).isEqualTo("/v3/data/kpi/N07403/municipality/" + municipalityCode + "/year/2017,2018,2019,2020,2021");
        assertThat(values.values(w.m, w.i1.id())).extracting(IndicatorValue::year).containsExactly(2018, 2019, 2020);
        assertThat(values.value(w.m, w.i1.id(), 2019).orElseThrow().value()).isEqualByComparingTo("1150.5");
    }

    @Test
    void aServerErrorOrGarbageSavesNothingAndSaysSo() {
        mode = "error";
        assertThatThrownBy(() -> kolada.fetchFromKolada(w.m, w.i1.id()))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.kolada.fetchFailed");
        mode = "garbage";
        assertThatThrownBy(() -> kolada.fetchFromKolada(w.m, w.i1.id()))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.kolada.malformed");
        assertThat(values.values(w.m, w.i1.id())).isEmpty();
    }

    @Test
    void anotherMunicipalitysIndicatorIsNotFound() {
        FollowUpFixture.World other = fixture.newWorld();
        assertThatThrownBy(() -> kolada.importKoladaValues(w.m, other.i1.id(), canned("N07403.json")))
                .isInstanceOf(se.tryggve.shared.NotFoundException.class);
    }
}
