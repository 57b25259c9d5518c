package se.tryggve.publication.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.followup.FollowUpReport;
import se.tryggve.followup.IndicatorValue;
import se.tryggve.followup.IndicatorValues;
import se.tryggve.governance.DocumentStatus;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.governance.Indicator;
import se.tryggve.incidents.IncidentStatistics;
import se.tryggve.incidents.IncidentStatisticsReport;
import se.tryggve.shared.SmallCounts;
import se.tryggve.shared.SwedishDates;

/**
 * The open datasets of a municipality, assembled from the owning modules' public queries at each download:
 * the judgements of the published follow-up reports, the yearly values of the adopted documents' indicators and
 * the incident statistics per month, category and district with counts 1–4 suppressed ({@link SmallCounts}).
 * Published under CC0 1.0 (lag (2022:818) om den offentliga sektorns tillhandahållande av data encourages open
 * licences; CC0 is what DIGG recommends for data).
 */
@Service
public class OpenData {

    static final String JUDGEMENTS = "uppfoljning-bedomningar";
    static final String INDICATORS = "indikatorvarden";
    static final String INCIDENTS = "incidentstatistik";
    static final List<String> IDS = List.of(JUDGEMENTS, INDICATORS, INCIDENTS);

    static final List<String> JUDGEMENT_COLUMNS = List.of("ar", "styrdokument", "omrade", "mal", "bedomning",
            "bedomning_kod", "forvaltningar");
    static final List<String> INDICATOR_COLUMNS = List.of("styrdokument_id", "styrdokument", "indikator_id", "indikator",
            "enhet", "ar", "varde", "malvarde", "kalla", "kolada_kpi");
    static final List<String> INCIDENT_COLUMNS = List.of("ar", "manad", "kategori_kod", "kategori", "omrade_id", "omrade",
            "antal", "undertryckt");

    private final PublishedJudgementSource reports;
    private final GovernanceQueries governance;
    private final IndicatorValues indicatorValues;
    private final IncidentStatistics statistics;
    private final MessageSource messages;

    OpenData(PublishedJudgementSource reports, GovernanceQueries governance, IndicatorValues indicatorValues,
             IncidentStatistics statistics, MessageSource messages) {
        this.reports = reports;
        this.governance = governance;
        this.indicatorValues = indicatorValues;
        this.statistics = statistics;
        this.messages = messages;
    }

    /** A dataset by its id; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<Dataset> dataset(long m, String id) {
        return switch (id) {
            case JUDGEMENTS -> Optional.of(judgements(m));
            case INDICATORS -> Optional.of(indicators(m));
            case INCIDENTS -> Optional.of(incidents(m));
            default -> Optional.empty();
        };
    }

    Dataset judgements(long m) {
        List<List<Object>> rows = new ArrayList<>();
        for (FollowUpReport r : reports.publishedReports(m)) {
            for (FollowUpReport.AreaSection a : r.areas()) {
                for (FollowUpReport.GoalSection g : a.goals()) {
                    String label = g.judgement() == null ? null
                            : messages.getMessage("followup.judgement." + g.judgement().name(), null, g.judgement().name(),
                            SwedishDates.SWEDISH);
                    rows.add(Arrays.asList(r.year(), r.documentTitle(), a.title(), g.title(), label,
                            g.judgement() == null ? null : g.judgement().name(), String.join("; ", g.ownerDepartments())));
                }
            }
        }
        return new Dataset(JUDGEMENTS, JUDGEMENT_COLUMNS, rows);
    }

    Dataset indicators(long m) {
        List<List<Object>> rows = new ArrayList<>();
        for (GoverningDocument d : governance.listDocuments(m)) {
            if (d.status() != DocumentStatus.ADOPTED) {
                continue; // only adopted documents are published
            }
            List<Indicator> indicators = governance.indicators(m, d.id());
            Map<Long, List<IndicatorValue>> values = indicatorValues.values(m, indicators.stream().map(Indicator::id).toList());
            for (Indicator i : indicators) {
                for (IndicatorValue v : values.getOrDefault(i.id(), List.of())) {
                    if (v.value() == null) {
                        continue; // a missing value carries only its reason, a free text of the department
                    }
                    rows.add(Arrays.asList(d.id(), d.title(), i.id(), i.name(), i.unit(), v.year(), plain(v.value()),
                            plain(i.targets().get(v.year())), v.source().name(), i.koladaKpi()));
                }
            }
        }
        return new Dataset(INDICATORS, INDICATOR_COLUMNS, rows);
    }

    /** 61.50 as 61.5 and 64.00 as 64: the stored scale is not a precision the data has. */
    static java.math.BigDecimal plain(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Counts per month, category and district: one statistics query per district and category that has incidents
     * (the statistics answer from monthly rollups, so each is quick). A cell with 1–4 incidents is written without
     * its count and flagged, so that no small group can be singled out.
     */
    Dataset incidents(long m) {
        IncidentStatisticsReport all = statistics.statistics(m, IncidentStatistics.Filter.wholePeriod());
        String unknown = messages.getMessage("publicationdata.opendata.unknownDistrict", null, SwedishDates.SWEDISH);
        List<List<Object>> rows = new ArrayList<>();
        List<IncidentStatisticsReport.Row> districts = new ArrayList<>(all.byDistrict());
        districts.sort(Comparator.comparing(r -> r.label() == null ? "" : r.label()));
        for (IncidentStatisticsReport.Row district : districts) {
            long districtId = Long.parseLong(district.key());
            for (IncidentStatisticsReport.Row category : all.byCategory()) {
                IncidentStatisticsReport cell = statistics.statistics(m,
                        new IncidentStatistics.Filter(null, null, null, districtId, category.key()));
                for (IncidentStatisticsReport.Row month : cell.byMonth()) {
                    int count = month.figures().reports();
                    if (count == 0) {
                        continue;
                    }
                    boolean suppressed = SmallCounts.suppressed(count);
                    rows.add(Arrays.asList(Integer.parseInt(month.key().substring(0, 4)), Integer.parseInt(month.key().substring(5, 7)),
                            category.key(), category.label(), districtId == 0 ? null : districtId,
                            district.label() == null ? unknown : district.label(), suppressed ? null : count, suppressed));
                }
            }
        }
        rows.sort(Comparator.comparing((List<Object> r) -> (Integer) r.get(0)).thenComparing(r -> (Integer) r.get(1))
                .thenComparing(r -> (String) r.get(2)).thenComparing(r -> (String) r.get(5)));
        return new Dataset(INCIDENTS, INCIDENT_COLUMNS, rows);
    }
}
