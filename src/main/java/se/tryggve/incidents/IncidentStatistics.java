package se.tryggve.incidents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.RuleViolationException;

/**
 * The follow-up figures of the incident register (graffiti guideline): reports, share removed within the
 * target (offensive separately), median removal time, cost, police-reported share, hotspots — per month,
 * district, category and year, and against the cost target. Answers from the rollup tables, refreshing the
 * months changed since the last answer first, so that a year or the whole period over a million incidents
 * takes milliseconds.
 */
@Service
public class IncidentStatistics {

    private final JdbcClient jdbc;
    private final IncidentStatisticsRollup rollup;
    private final GraffitiGuidelines guidelines;

    IncidentStatistics(JdbcClient jdbc, IncidentStatisticsRollup rollup, GraffitiGuidelines guidelines) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.guidelines = guidelines;
    }

    /**
     * The window and filters. {@code year} wins over {@code from}/{@code to} (first and last month, inclusive,
     * any day of them); all null means the whole period.
     */
    public record Filter(Integer year, LocalDate from, LocalDate to, Long districtId, String categoryCode) {
        public static Filter ofYear(int year) {
            return new Filter(year, null, null, null, null);
        }

        public static Filter wholePeriod() {
            return new Filter(null, null, null, null, null);
        }
    }

    private record Category(long id, String code, String name, boolean graffiti) {
    }

    /** Accumulates figures. */
    private static final class Acc {
        int reports;
        int removed;
        int assessed;
        int within;
        int police;
        final int[] channels = new int[Channel.values().length];
        BigDecimal cost = BigDecimal.ZERO;
        final int[] histogram = new int[IncidentStatisticsHistogram.SIZE];

        void add(RollupRow r) {
            reports += r.reports;
            removed += r.removed;
            assessed += r.assessed;
            within += r.within;
            police += r.police;
            for (int i = 0; i < channels.length; i++) {
                channels[i] += r.channels[i];
            }
            cost = cost.add(r.cost);
            IncidentStatisticsHistogram.addInto(r.histogram, histogram);
        }

        IncidentStatisticsReport.Figures figures() {
            Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
            for (Channel c : Channel.values()) {
                byChannel.put(c, channels[c.ordinal()]);
            }
            Double median = IncidentStatisticsHistogram.medianMinutes(histogram);
            return new IncidentStatisticsReport.Figures(reports, removed, assessed, within,
                    assessed == 0 ? null : (double) within / assessed, median == null ? null : median / 60.0,
                    cost.setScale(2, RoundingMode.HALF_UP), police, reports == 0 ? null : (double) police / reports, byChannel);
        }
    }

    private record RollupRow(LocalDate month, long districtId, long categoryId, boolean offensive, int reports, int removed,
                             int assessed, int within, int police, int[] channels, BigDecimal cost, String histogram) {
    }

    /** The figures for the filter's window, with every year of the register for comparison. */
    @Transactional(readOnly = true)
    public IncidentStatisticsReport statistics(long m, Filter f) {
        rollup.refreshForReading(m);
        GraffitiGuideline g = guidelines.guideline(m);
        Map<Long, Category> categories = new LinkedHashMap<>();
        jdbc.sql("select id, code, name, guideline from incident_category where municipality_id = :m order by sort_order, name")
                .param("m", m)
                .query((rs, i) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), "GRAFFITI".equals(rs.getString(4))))
                .list().forEach(c -> categories.put(c.id(), c));
        Long categoryId = null;
        if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
            categoryId = categories.values().stream().filter(c -> c.code().equals(f.categoryCode())).map(Category::id)
                    .findFirst().orElseThrow(() -> new RuleViolationException("category", "incidentstats.filter.category"));
        }
        Map<Long, String> districts = new LinkedHashMap<>();
        jdbc.sql("select id, name from district where municipality_id = :m order by name").param("m", m)
                .query((rs, i) -> districts.put(rs.getLong(1), rs.getString(2))).list();
        if (f.districtId() != null && f.districtId() != 0 && !districts.containsKey(f.districtId())) {
            throw new RuleViolationException("district", "incidentstats.filter.district");
        }
        LocalDate from = f.year() != null ? LocalDate.of(f.year(), 1, 1) : f.from() == null ? null : f.from().withDayOfMonth(1);
        LocalDate to = f.year() != null ? LocalDate.of(f.year(), 12, 1) : f.to() == null ? null : f.to().withDayOfMonth(1);
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("to", "incidentstats.filter.order");
        }

        StringBuilder sql = new StringBuilder("""
                select month_start, district_id, category_id, offensive, reports, removed, assessed, within_target, police_reported,
                  channel_open311, channel_web_form, channel_phone, channel_staff, channel_police, cost, removal_histogram,
                  channel_partner
                from incident_stats_month where municipality_id = :m""");
        Map<String, Object> params = new HashMap<>();
        params.put("m", m);
        if (f.districtId() != null) {
            sql.append(" and district_id = :d");
            params.put("d", f.districtId());
        }
        if (categoryId != null) {
            sql.append(" and category_id = :c");
            params.put("c", categoryId);
        }
        List<RollupRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, i) -> new RollupRow(
                rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9),
                new int[] {rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(17)}, rs.getBigDecimal(15),
                rs.getString(16))).list();

        Acc total = new Acc();
        Acc offensive = new Acc();
        Acc notOffensive = new Acc();
        TreeMap<LocalDate, Acc> byMonth = new TreeMap<>();
        Map<Long, Acc> byDistrict = new HashMap<>();
        Map<Long, Acc> byCategory = new HashMap<>();
        TreeMap<Integer, Acc> byYear = new TreeMap<>();
        TreeMap<Integer, BigDecimal> graffitiCost = new TreeMap<>();
        for (RollupRow r : rows) {
            int year = r.month().getYear();
            byYear.computeIfAbsent(year, y -> new Acc()).add(r);
            Category c = categories.get(r.categoryId());
            if (c != null && c.graffiti()) {
                graffitiCost.merge(year, r.cost(), BigDecimal::add);
            }
            if ((from != null && r.month().isBefore(from)) || (to != null && r.month().isAfter(to))) {
                continue;
            }
            total.add(r);
            (r.offensive() ? offensive : notOffensive).add(r);
            byMonth.computeIfAbsent(r.month(), x -> new Acc()).add(r);
            byDistrict.computeIfAbsent(r.districtId(), x -> new Acc()).add(r);
            byCategory.computeIfAbsent(r.categoryId(), x -> new Acc()).add(r);
        }
        // every month of a year window is listed, with zeros for a quiet month (a month without data is still a month)
        if (from != null && to != null) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1)) {
                byMonth.computeIfAbsent(d, x -> new Acc());
            }
        }

        List<IncidentStatisticsReport.Row> months = new ArrayList<>();
        byMonth.forEach((d, a) -> months.add(new IncidentStatisticsReport.Row(d.toString().substring(0, 7), null, a.figures())));
        List<IncidentStatisticsReport.Row> districtRows = new ArrayList<>();
        byDistrict.forEach((id, a) -> districtRows.add(new IncidentStatisticsReport.Row(String.valueOf(id), districts.get(id), a.figures())));
        districtRows.sort(Comparator.comparing((IncidentStatisticsReport.Row r) -> -r.figures().reports())
                .thenComparing(r -> r.label() == null ? "" : r.label()));
        List<IncidentStatisticsReport.Row> categoryRows = new ArrayList<>();
        categories.values().forEach(c -> {
            Acc a = byCategory.get(c.id());
            if (a != null) {
                categoryRows.add(new IncidentStatisticsReport.Row(c.code(), c.name(), a.figures()));
            }
        });
        List<IncidentStatisticsReport.Row> yearRows = new ArrayList<>();
        byYear.forEach((y, a) -> yearRows.add(new IncidentStatisticsReport.Row(String.valueOf(y), String.valueOf(y), a.figures())));

        return new IncidentStatisticsReport(from, to, f.districtId(), f.categoryCode(), total.figures(), offensive.figures(),
                notOffensive.figures(), months, districtRows, categoryRows, yearRows, costTarget(g, graffitiCost),
                hotspots(m, from, to, 10), g);
    }

    private static IncidentStatisticsReport.CostTarget costTarget(GraffitiGuideline g, TreeMap<Integer, BigDecimal> costs) {
        int baselineYears = g.baselineToYear() - g.baselineFromYear() + 1;
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (int y = g.baselineFromYear(); y <= g.baselineToYear(); y++) {
            if (costs.containsKey(y)) {
                sum = sum.add(costs.get(y));
                any = true;
            }
        }
        BigDecimal mean = any ? sum.divide(BigDecimal.valueOf(baselineYears), 2, RoundingMode.HALF_UP) : null;
        BigDecimal target = GraffitiTargets.costTarget(g, mean);
        List<IncidentStatisticsReport.YearCost> years = new ArrayList<>();
        costs.forEach((y, c) -> years.add(new IncidentStatisticsReport.YearCost(y, c.setScale(2, RoundingMode.HALF_UP),
                target == null || y <= g.baselineToYear() ? null : c.compareTo(target) <= 0)));
        return new IncidentStatisticsReport.CostTarget(g.baselineFromYear(), g.baselineToYear(), g.costReductionPercent(), mean,
                target, years);
    }

    /** The grid cells with the most reports in the window (months inclusive; null = open), most first. */
    @Transactional(readOnly = true)
    public List<IncidentStatisticsReport.Hotspot> hotspots(long m, LocalDate from, LocalDate to, int limit) {
        rollup.refreshForReading(m);
        StringBuilder sql = new StringBuilder("""
                select cell_lat, cell_lon, sum(reports) as n, sum(offensive) as o from incident_stats_cell where municipality_id = :m""");
        Map<String, Object> params = new HashMap<>();
        params.put("m", m);
        if (from != null) {
            sql.append(" and month_start >= :from");
            params.put("from", from.withDayOfMonth(1));
        }
        if (to != null) {
            sql.append(" and month_start <= :to");
            params.put("to", to.withDayOfMonth(1));
        }
        sql.append(" group by cell_lat, cell_lon order by n desc, cell_lat, cell_lon limit :limit");
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            int la = rs.getInt(1);
            int lo = rs.getInt(2);
            return new IncidentStatisticsReport.Hotspot(round(la * IncidentStatisticsHistogram.CELL_LAT),
                    round(lo * IncidentStatisticsHistogram.CELL_LON), round((la + 1) * IncidentStatisticsHistogram.CELL_LAT),
                    round((lo + 1) * IncidentStatisticsHistogram.CELL_LON), rs.getInt(3), rs.getInt(4));
        }).list();
    }

    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    /**
     * Marks every month of the municipality dirty and refreshes (after changes outside the use cases, e.g. rows
     * written by SQL). Call it outside a transaction: the refresh sees committed marks only.
     */
    public void rebuildStatistics(long m) {
        rollup.markAllDirty(m);
        rollup.refresh(m);
    }
}
