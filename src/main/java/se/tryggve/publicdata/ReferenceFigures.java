package se.tryggve.publicdata;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.KoladaDocument;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * Kolada key figures as reference figures (the public query the lägesbild lists, Lag 2023:196 4 §:
 * comparison with other relevant information). Read from a document in Kolada's data format (v2/v3,
 * parsed by {@link KoladaDocument}, the same reader as the follow-up's indicator import): rows of the
 * municipality's code give its value, rows of the comparison code the comparison's; rows of other
 * municipalities are left out. Upsert by (KPI, year); all or nothing, a malformed row refuses the
 * document with its position; one audit entry per import.
 */
@Service
public class ReferenceFigures {

    static final String MALFORMED = "publicdata.kolada.malformed";
    /** Years fetched from Kolada: this year and the nine before (the lägesbild looks at trends). */
    static final int YEARS = 10;

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final PublicDataSettingsService settings;
    private final PublicDataHttp http;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceFigures(JdbcClient jdbc, Municipalities municipalities, PublicDataSettingsService settings, PublicDataHttp http,
                     ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.settings = settings;
        this.http = http;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did: figures (KPI × year) created, updated, unchanged; rows of other municipalities left out. */
    public record ImportResult(int created, int updated, int unchanged, int otherMunicipalities) {
    }

    private record Key(String kpi, int year) {
    }

    private static final class Figure {
        BigDecimal value;
        boolean hasValue;
        BigDecimal comparison;
        boolean hasComparison;
    }

    /** The municipality's reference figures, by KPI then year. */
    @Transactional(readOnly = true)
    public List<ReferenceFigure> referenceFigures(long m) {
        return jdbc.sql("""
                select id, kpi, kpi_title, figure_year, municipality_value, comparison_code, comparison_value, example
                  from reference_figure where municipality_id = :m order by kpi, figure_year""")
                .param("m", m).query((rs, n) -> new ReferenceFigure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8))).list();
    }

    /** The reference figures of one KPI. */
    @Transactional(readOnly = true)
    public List<ReferenceFigure> referenceFigures(long m, String kpi) {
        return referenceFigures(m).stream().filter(f -> f.kpi().equalsIgnoreCase(kpi)).toList();
    }

    /**
     * Imports a Kolada data document (an uploaded file). {@code title} names the KPI when the document holds
     * one KPI (Kolada's data rows carry no title); otherwise a known title is kept, or the id stands for it.
     */
    @Transactional
    public ImportResult importKoladaFigures(long m, String json, String title) {
        return importRows(m, KoladaDocument.rows(json, MALFORMED), title == null || title.isBlank() ? Map.of() : null,
                title, "file", false);
    }

    /**
     * Fetches the KPIs of the municipality's settings for the past ten years, for the municipality and the
     * comparison, with each KPI's title, from Kolada's API (v2: {@code /data/kpi/{kpi}/municipality/{ids}/year/{years}}
     * and {@code /kpi/{kpi}}), and imports them. Any network or format error saves nothing.
     */
    @Transactional
    public ImportResult fetchKoladaFigures(long m) {
        PublicDataSettings s = settings.settings(m);
        if (s.koladaKpis() == null) {
            throw new RuleViolationException("koladaKpis", "publicdata.kolada.noKpis");
        }
        String base = settings.koladaBaseUrl(m);
        String code = code(m);
        String comparison = s.koladaComparison() == null ? "0000" : s.koladaComparison();
        int thisYear = LocalDate.now(clock).getYear();
        String years = IntStream.rangeClosed(thisYear - YEARS + 1, thisYear).mapToObj(String::valueOf).collect(Collectors.joining(","));
        List<JsonNode> rows = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String kpi : s.koladaKpis().split(",")) {
            String data = http.fetch(URI.create(base + "/data/kpi/" + kpi + "/municipality/" + code + "," + comparison + "/year/" + years),
                    settings.contact(m), "publicdata.kolada.fetchFailed");
            rows.addAll(KoladaDocument.rows(data, MALFORMED));
            String meta = http.fetch(URI.create(base + "/kpi/" + kpi), settings.contact(m), "publicdata.kolada.fetchFailed");
            for (JsonNode k : KoladaDocument.rows(meta, MALFORMED)) {
                String id = KoladaDocument.text(k.get("id"));
                String t = KoladaDocument.text(k.get("title"));
                if (kpi.equals(id) && t != null) {
                    titles.put(kpi, t.length() > 300 ? t.substring(0, 300) : t);
                }
            }
        }
        return importRows(m, rows, titles, null, "url", false);
    }

    /** The demo's figures, marked as example. */
    @Transactional
    ImportResult importExamples(long m, String json, Map<String, String> titles) {
        return importRows(m, KoladaDocument.rows(json, MALFORMED), titles, null, "demo", true);
    }

    private ImportResult importRows(long m, List<JsonNode> rows, Map<String, String> titles, String title, String from,
                                    boolean example) {
        String code = code(m);
        String comparison = settings.settings(m).koladaComparison();
        Map<Key, Figure> figures = new LinkedHashMap<>();
        int others = 0;
        int ownRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            int position = i + 1;
            String field = "values[" + position + "]";
            JsonNode r = rows.get(i);
            if (r == null || !r.isObject()) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "values");
            }
            String kpi = KoladaDocument.text(r.get("kpi"));
            if (kpi == null || !kpi.matches("[A-Za-z]\\d{5}")) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "kpi");
            }
            Integer year = KoladaDocument.year(r.get("period"));
            if (year == null || year < 1990 || year > 2100) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "period");
            }
            String municipality = KoladaDocument.text(r.get("municipality"));
            if (municipality == null) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "municipality");
            }
            JsonNode values = r.get("values");
            if (values != null && !values.isNull() && !values.isArray()) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "values");
            }
            BigDecimal value = KoladaDocument.total(values).map(KoladaDocument.Total::value).orElse(null);
            if (value != null && value.abs().compareTo(new BigDecimal("1e15")) > 0) {
                throw new RuleViolationException(field, "publicdata.kolada.row", position, "value");
            }
            boolean own = municipality.equals(code);
            boolean comp = municipality.equals(comparison);
            if (!own && !comp) {
                others++;
                continue;
            }
            Figure f = figures.computeIfAbsent(new Key(kpi.toUpperCase(java.util.Locale.ROOT), year), k -> new Figure());
            if (own) {
                ownRows++;
                f.value = value;
                f.hasValue = true;
            }
            if (comp) {
                f.comparison = value;
                f.hasComparison = true;
            }
        }
        if (ownRows == 0) {
            // Comparison figures alone are no reference for the municipality: most likely the wrong file.
            throw new RuleViolationException("file", "publicdata.kolada.nothing", code);
        }
        long kpiCount = figures.keySet().stream().map(Key::kpi).distinct().count();
        if (titles == null && kpiCount > 1) {
            throw new RuleViolationException("title", "publicdata.kolada.titleOneKpi");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<Key, Figure> e : figures.entrySet()) {
            Key k = e.getKey();
            Figure f = e.getValue();
            var before = jdbc.sql("""
                    select id, kpi_title, municipality_value, comparison_code, comparison_value from reference_figure
                     where municipality_id = :m and kpi = :k and figure_year = :y""")
                    .param("m", m).param("k", k.kpi()).param("y", k.year())
                    .query((rs, n) -> new ReferenceFigure(rs.getLong(1), k.kpi(), rs.getString(2), k.year(), rs.getBigDecimal(3),
                            rs.getString(4), rs.getBigDecimal(5), false)).optional();
            String t = titles == null ? title.strip() : titles.get(k.kpi());
            if (t == null) {
                t = before.map(ReferenceFigure::kpiTitle).orElseGet(() -> jdbc.sql(
                                "select max(kpi_title) from reference_figure where municipality_id = :m and kpi = :k")
                        .param("m", m).param("k", k.kpi()).query(String.class).optional().orElse(k.kpi()));
                if (t == null) {
                    t = k.kpi();
                }
            }
            if (t.length() > 300) {
                throw new RuleViolationException("title", "publicdata.settings.tooLong", 300);
            }
            // A document without the municipality's (or the comparison's) row keeps the value stored before.
            BigDecimal value = f.hasValue ? f.value : before.map(ReferenceFigure::municipalityValue).orElse(null);
            BigDecimal compValue = f.hasComparison ? f.comparison : before.map(ReferenceFigure::comparisonValue).orElse(null);
            String compCode = f.hasComparison ? comparison : before.map(ReferenceFigure::comparisonCode).orElse(null);
            if (before.isEmpty()) {
                jdbc.sql("""
                        insert into reference_figure (municipality_id, kpi, kpi_title, figure_year, municipality_value, comparison_code,
                                                      comparison_value, example, imported_at)
                        values (:m, :k, :t, :y, :v, :cc, :cv, :ex, :now)""")
                        .param("m", m).param("k", k.kpi()).param("t", t).param("y", k.year()).param("v", value)
                        .param("cc", compCode).param("cv", compValue).param("ex", example)
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
                created++;
            } else if (Objects.equals(before.get().kpiTitle(), t) && same(before.get().municipalityValue(), value)
                    && Objects.equals(before.get().comparisonCode(), compCode) && same(before.get().comparisonValue(), compValue)) {
                unchanged++;
            } else {
                jdbc.sql("""
                        update reference_figure set kpi_title = :t, municipality_value = :v, comparison_code = :cc, comparison_value = :cv,
                               example = :ex, imported_at = :now, version = version + 1 where id = :id and municipality_id = :m""")
                        .param("t", t).param("v", value).param("cc", compCode).param("cv", compValue).param("ex", example)
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", before.get().id()).param("m", m).update();
                updated++;
            }
        }
        events.publishEvent(StateChanged.of(m, "ReferenceFigureImport", "KOLADA", "imported").value("from", from)
                .value("rows", rows.size()).value("created", created).value("updated", updated).value("unchanged", unchanged)
                .value("otherMunicipalities", others).build());
        return new ImportResult(created, updated, unchanged, others);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private String code(long m) {
        return municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).code();
    }
}
