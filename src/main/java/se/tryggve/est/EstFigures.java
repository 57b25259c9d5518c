package se.tryggve.est;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.tryggve.incidents.CategoryInfo;
import se.tryggve.incidents.DistrictInfo;
import se.tryggve.incidents.Districts;
import se.tryggve.incidents.IncidentDirectory;
import se.tryggve.incidents.IncidentWeeklyCounts;
import se.tryggve.shared.SwedishDates;

/**
 * Computes the figures of a period from the incident register: counts per category and district for the
 * period and each comparison period, the hot-spot cells of the period, and the notable events' facts.
 * Periods are local dates in Europe/Stockholm; a day runs from local midnight to midnight, so a report at
 * 23:30 on Sunday belongs to that week even though it is Sunday 22:30 UTC.
 */
@Component
class EstFigures {

    /** Side of a hot-spot cell, metres: a few blocks in a town, small enough to point at a place to patrol. */
    static final double CELL_SIZE = 250;
    /** The picture keeps the busiest cells only; the rest hardly show on the map. */
    static final int MAX_CELLS = 200;

    private final IncidentWeeklyCounts counts;
    private final IncidentDirectory directory;
    private final Districts districts;
    private final Clock clock;

    EstFigures(IncidentWeeklyCounts counts, IncidentDirectory directory, Districts districts, Clock clock) {
        this.counts = counts;
        this.directory = directory;
        this.districts = districts;
        this.clock = clock;
    }

    static Instant startOf(LocalDate d) {
        return d.atStartOfDay(SwedishDates.SWEDEN).toInstant();
    }

    /** The half-open instant range [from, to) of a period. */
    static Instant[] range(EstPeriod p) {
        return new Instant[]{startOf(p.start()), startOf(p.end().plusDays(1))};
    }

    Figures compute(long m, EstPeriod period, String focusText, String noteText, List<Draft.NotableEntry> notable,
                    List<Draft.PlaceEntry> places) {
        List<EstPeriod> columns = new ArrayList<>();
        columns.add(period);
        columns.addAll(period.comparisons());

        Map<Long, String> categoryNames = new LinkedHashMap<>();
        for (CategoryInfo c : directory.categories(m)) {
            categoryNames.put(c.id(), c.name());
        }
        Map<Long, String> districtNames = new LinkedHashMap<>();
        for (DistrictInfo d : districts.districts(m)) {
            if (Districts.DISTRICT.equals(d.kind())) {
                districtNames.put(d.id(), d.name());
            }
        }
        int n = columns.size();
        Map<Long, long[]> byCategory = new HashMap<>();
        Map<Long, long[]> byDistrict = new HashMap<>();
        long[] totals = new long[n];
        for (int i = 0; i < n; i++) {
            Instant[] r = range(columns.get(i));
            for (IncidentWeeklyCounts.Count c : counts.counts(m, r[0], r[1])) {
                byCategory.computeIfAbsent(c.categoryId(), k -> new long[n])[i] += c.count();
                byDistrict.computeIfAbsent(c.districtId() == null ? -1L : c.districtId(), k -> new long[n])[i] += c.count();
                totals[i] += c.count();
            }
        }
        // Every active category and district is a row, also with zero reports, so weeks compare row by row.
        List<Figures.Row> categoryRows = new ArrayList<>();
        for (var e : categoryNames.entrySet()) {
            long[] v = byCategory.getOrDefault(e.getKey(), new long[n]);
            categoryRows.add(new Figures.Row(e.getKey(), e.getValue(), list(v)));
        }
        List<Figures.Row> districtRows = new ArrayList<>();
        for (var e : districtNames.entrySet()) {
            districtRows.add(new Figures.Row(e.getKey(), e.getValue(), list(byDistrict.getOrDefault(e.getKey(), new long[n]))));
        }
        districtRows.sort(Comparator.comparingLong(Figures.Row::current).reversed().thenComparing(Figures.Row::name));
        long[] none = byDistrict.get(-1L);
        if (none != null) {
            districtRows.add(new Figures.Row(null, "Utan område", list(none)));
        }

        Instant[] own = range(period);
        List<Figures.Cell> cells = counts.cells(m, own[0], own[1], CELL_SIZE).stream().limit(MAX_CELLS)
                .map(c -> new Figures.Cell(c.x(), c.y(), c.size(), c.count(),
                        c.districtId() == null ? null : districtNames.get(c.districtId())))
                .toList();

        List<Long> ids = notable.stream().map(Draft.NotableEntry::incidentId).filter(java.util.Objects::nonNull).toList();
        Map<Long, IncidentWeeklyCounts.Brief> briefs = new HashMap<>();
        counts.incidents(m, ids).forEach(b -> briefs.put(b.id(), b));
        List<Figures.Notable> notableRows = new ArrayList<>();
        for (Draft.NotableEntry e : notable) {
            IncidentWeeklyCounts.Brief b = e.incidentId() == null ? null : briefs.get(e.incidentId());
            if (e.incidentId() != null && b == null) {
                continue;
            }
            notableRows.add(b == null ? new Figures.Notable(null, null, null, null, e.note())
                    : new Figures.Notable(b.id(), b.categoryName(), b.districtName(),
                    b.reportedAt().atZone(SwedishDates.SWEDEN).toLocalDate(), e.note()));
        }
        List<Figures.Place> placeRows = places.stream()
                .map(p -> new Figures.Place(p.name(), p.districtId() == null ? null : districtNames.get(p.districtId())))
                .toList();

        List<Figures.Column> cols = columns.stream().map(p -> new Figures.Column(p.key(), label(p, period), p.start(), p.end())).toList();
        return new Figures(period.key(), cols, categoryRows, districtRows, list(totals), CELL_SIZE, cells, notableRows,
                placeRows, focusText, noteText, clock.instant());
    }

    /** Short Swedish column label: "v. 47", "v. 47 2024" (other year), "nov. 2025", "T3 2025". */
    static String label(EstPeriod p, EstPeriod own) {
        return switch (p.kind()) {
            case WEEK -> "v. " + p.number() + (p.year() != own.year() ? " " + p.year() : "");
            case MONTH -> p.start().getMonth().getDisplayName(TextStyle.FULL, SwedishDates.SWEDISH) + " " + p.year();
            case TERTIAL -> "T" + p.number() + " " + p.year();
        };
    }

    private static List<Long> list(long[] v) {
        List<Long> out = new ArrayList<>(v.length);
        for (long x : v) {
            out.add(x);
        }
        return out;
    }
}
