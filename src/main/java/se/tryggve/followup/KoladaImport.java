package se.tryggve.followup;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.KoladaDocument;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports an indicator's yearly values from a document in the shape of Kolada's data API (v3, and the
 * older v2): {@code {"values": [{"kpi", "municipality", "period", "values": [{"gender", "value", "status"}]}]}}.
 * Only the total ("T") counts; a null value is recorded as missing, never as zero. Unknown fields are
 * ignored. A malformed document saves nothing; rows for another KPI or municipality, or with a bad
 * year, are skipped and reported.
 */
@Service
public class KoladaImport {

    /** Stored as the missing-reason of a value Kolada has no number for (data, written in Swedish like the rest). */
    static final String MISSING_IN_KOLADA = "Saknas i Kolada";
    /** A guard against a server that pages forever. */
    static final int MAX_PAGES = 50;
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    private final IndicatorValues values;
    private final GovernanceQueries governance;
    private final Municipalities municipalities;
    private final Clock clock;
    private final String baseUrl;
    private final RestClient http;

    KoladaImport(IndicatorValues values, GovernanceQueries governance, Municipalities municipalities, Clock clock,
                 @Value("${tryggve.kolada.base-url:https://api.kolada.se/v3}") String baseUrl,
                 @Value("${tryggve.kolada.connect-timeout:5s}") Duration connectTimeout,
                 @Value("${tryggve.kolada.read-timeout:30s}") Duration readTimeout) {
        this.values = values;
        this.governance = governance;
        this.municipalities = municipalities;
        this.clock = clock;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connectTimeout);
        requests.setReadTimeout(readTimeout);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** A row of the document that was not imported, with the reason as a message key and its arguments. */
    public record Problem(int row, String messageKey, List<Object> args) implements java.io.Serializable {
    }

    /** What an import did: values recorded (numbers and missing alike), how many of them missing, rows skipped. */
    public record Result(int imported, int missing, List<Problem> problems) implements java.io.Serializable {
    }

    /** Whether values can be fetched from Kolada at all (a base URL is configured). */
    public boolean fetchEnabled() {
        return baseUrl != null;
    }

    /** Imports a Kolada-shaped document (an uploaded file or an API body) into the indicator's values. */
    @Transactional
    public Result importKoladaValues(long m, long indicatorId, String json) {
        Indicator indicator = governance.indicator(m, indicatorId);
        return importRows(m, indicator, rowsOf(parse(json)));
    }

    /**
     * Fetches the indicator's values for the years of its document (from the baseline year, up to this
     * year) from Kolada and imports them. Network or server errors save nothing.
     */
    @Transactional
    public Result fetchFromKolada(long m, long indicatorId) {
        Indicator indicator = governance.indicator(m, indicatorId);
        if (baseUrl == null) {
            throw new RuleViolationException(null, "followup.kolada.notConfigured");
        }
        if (indicator.koladaKpi() == null) {
            throw new RuleViolationException(null, "followup.kolada.noKpi");
        }
        String code = municipalityCode(m);
        String years = years(m, indicator).stream().map(String::valueOf).collect(Collectors.joining(","));
        URI next = URI.create(baseUrl + "/data/kpi/" + indicator.koladaKpi() + "/municipality/" + code + "/year/" + years);
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; next != null; page++) {
            if (page >= MAX_PAGES) {
                throw new RuleViolationException(null, "followup.kolada.fetchFailed");
            }
            String body;
            try {
                body = http.get().uri(next).header("Accept", "application/json").retrieve().body(String.class);
            } catch (RestClientException | IllegalArgumentException e) {
                throw new RuleViolationException(null, "followup.kolada.fetchFailed");
            }
            JsonNode doc = parse(body);
            rows.addAll(rowsOf(doc));
            JsonNode nextUrl = doc.get("next_url");
            next = nextUrl == null || !nextUrl.isString() || nextUrl.asString().isBlank() ? null : nextPage(nextUrl.asString());
        }
        return importRows(m, indicator, rows);
    }

    private URI nextPage(String url) {
        try {
            return URI.create(baseUrl + "/").resolve(url);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(null, "followup.kolada.fetchFailed");
        }
    }

    private List<Integer> years(long m, Indicator indicator) {
        GoverningDocument doc = governance.document(m, indicator.documentId());
        int thisYear = LocalDate.now(clock).getYear();
        int from = doc.period().from().getYear();
        if (indicator.baselineYear() != null) {
            from = Math.min(from, indicator.baselineYear());
        }
        int to = doc.period().to() == null ? thisYear : Math.min(doc.period().to().getYear(), thisYear);
        return IntStream.rangeClosed(from, Math.max(from, to)).boxed().toList();
    }

    private String municipalityCode(long m) {
        return municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).code();
    }

    private static JsonNode parse(String json) {
        return KoladaDocument.document(json, "followup.kolada.malformed");
    }

    private static List<JsonNode> rowsOf(JsonNode doc) {
        List<JsonNode> rows = new ArrayList<>();
        doc.get("values").forEach(rows::add);
        return rows;
    }

    private Result importRows(long m, Indicator indicator, List<JsonNode> rows) {
        String code = municipalityCode(m);
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Parsed> byYear = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            if (!(rows.get(i) instanceof ObjectNode r)) {
                problems.add(new Problem(row, "followup.kolada.row.malformed", List.of()));
                continue;
            }
            String kpi = text(r.get("kpi"));
            String municipality = text(r.get("municipality"));
            if (!Objects.equals(kpi, indicator.koladaKpi())) {
                problems.add(new Problem(row, "followup.kolada.row.wrongKpi", List.of(String.valueOf(kpi))));
                continue;
            }
            if (!Objects.equals(municipality, code)) {
                problems.add(new Problem(row, "followup.kolada.row.wrongMunicipality", List.of(String.valueOf(municipality))));
                continue;
            }
            Integer year = year(r.get("period"));
            if (year == null || year < IndicatorValues.FIRST_YEAR || year > IndicatorValues.LAST_YEAR) {
                problems.add(new Problem(row, "followup.kolada.row.badYear", List.of(String.valueOf(text(r.get("period"))))));
                continue;
            }
            Optional<Parsed> parsed = total(r.get("values"));
            if (parsed.isPresent() && parsed.get().value() != null && parsed.get().value().abs().compareTo(MAX_VALUE) > 0) {
                problems.add(new Problem(row, "followup.kolada.row.badValue", List.of(year)));
                continue;
            }
            byYear.put(year, parsed.orElse(new Parsed(null, MISSING_IN_KOLADA)));
        }
        int imported = 0;
        int missing = 0;
        for (Map.Entry<Integer, Parsed> e : byYear.entrySet()) {
            Parsed p = e.getValue();
            Optional<IndicatorValue> before = values.value(m, indicator.id(), e.getKey());
            boolean unchanged = before.isPresent() && before.get().source() == IndicatorValue.Source.KOLADA
                    && IndicatorReporting.sameNumber(before.get().value(), p.value())
                    && Objects.equals(before.get().missingReason(), p.missingReason());
            if (!unchanged) {
                values.recordValue(m, indicator.id(), e.getKey(), p.value(), p.missingReason(), IndicatorValue.Source.KOLADA, null);
            }
            imported++;
            if (p.value() == null) {
                missing++;
            }
        }
        return new Result(imported, missing, List.copyOf(problems));
    }

    private record Parsed(BigDecimal value, String missingReason) {
    }

    /** The total over genders (see {@link KoladaDocument#total}); a missing number keeps Kolada's status in the reason. */
    private static Optional<Parsed> total(JsonNode entries) {
        return KoladaDocument.total(entries).map(t -> t.value() != null ? new Parsed(t.value(), null)
                : new Parsed(null, t.status() == null ? MISSING_IN_KOLADA : MISSING_IN_KOLADA + " (status: " + t.status() + ")"));
    }

    private static Integer year(JsonNode period) {
        return KoladaDocument.year(period);
    }

    private static String text(JsonNode n) {
        return KoladaDocument.text(n);
    }
}
