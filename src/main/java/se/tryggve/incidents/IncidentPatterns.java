package se.tryggve.incidents;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patterns of the register over a period, for the mapping (kartläggning) of a lägesbild under lag
 * (2023:196) 4 §: counts by category (type), by district (place) and by time — month, quarter, weekday,
 * time of day and hour (season and rhythm), and per year and quarter (trend) — plus the district outlines
 * and a grid of counts for a map, in SWEREF 99 TM metres. Read-only; every query is scoped by municipality.
 * Times are the reported time in Europe/Stockholm, like the statistics; a duplicate is not counted.
 */
@Service
public class IncidentPatterns {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The side of a map grid cell in metres: a few blocks, coarse enough that no cell points at one address. */
    public static final double CELL_METRES = 500;
    /** Time-of-day bands as the EST and Brå material usually show them. */
    public static final List<String> TIME_BANDS = List.of("00–06", "06–12", "12–18", "18–24");

    private final JdbcClient jdbc;

    IncidentPatterns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One bar: a stable key (category code, district id, month 1–12, ISO weekday 1–7, "2024-Q1"…), its label and count. */
    public record Count(String key, String label, long count) {
    }

    /** A district outline in SWEREF 99 TM: rings of {easting, northing}. */
    public record DistrictOutline(long id, String name, List<List<double[]>> rings) {
    }

    /** A grid cell (south-west corner in SWEREF 99 TM, side {@link #CELL_METRES}) with its count. */
    public record Cell(double easting, double northing, long count) {
    }

    /**
     * The figures of a period. Month, weekday, time band and hour lists always have all their buckets (12, 7, 4,
     * 24) so a chart of an empty period still has its axis; year and year-quarter run over the whole period.
     */
    public record Patterns(LocalDate from, LocalDate to, long total, List<Count> byCategory, List<Count> byDistrict,
                           List<Count> byMonth, List<Count> byQuarter, List<Count> byWeekday, List<Count> byTimeBand,
                           List<Count> byHour, List<Count> byYear, List<Count> byYearQuarter, long withoutDistrict,
                           List<DistrictOutline> districts, List<Cell> cells) {
    }

    @Transactional(readOnly = true)
    public Patterns patterns(long m, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(STOCKHOLM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
        Map<Long, String[]> categories = new LinkedHashMap<>();
        jdbc.sql("select id, code, name from incident_category where municipality_id = :m order by sort_order, name")
                .param("m", m).query(rs -> {
                    categories.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<Long, String> districtNames = new LinkedHashMap<>();
        List<DistrictOutline> outlines = new ArrayList<>();
        jdbc.sql("select id, name, geometry from district where municipality_id = :m and kind = :k order by name")
                .param("m", m).param("k", Districts.DISTRICT).query(rs -> {
                    districtNames.put(rs.getLong(1), rs.getString(2));
                    outlines.add(new DistrictOutline(rs.getLong(1), rs.getString(2), rings(rs.getString(3))));
                });

        Map<Long, Long> perCategory = new HashMap<>();
        Map<Long, Long> perDistrict = new HashMap<>();
        long[] month = new long[12];
        long[] weekday = new long[7];
        long[] hour = new long[24];
        Map<Integer, Long> perYear = new java.util.TreeMap<>();
        Map<String, Long> perYearQuarter = new java.util.TreeMap<>();
        Map<Long, Long> cells = new HashMap<>();
        long[] total = {0};
        long[] withoutDistrict = {0};
        jdbc.sql("""
                select reported_at, category_id, district_id, latitude, longitude from incident
                 where municipality_id = :m and reported_at >= :start and reported_at < :end and status <> 'DUPLICATE'""")
                .param("m", m).param("start", start.atOffset(java.time.ZoneOffset.UTC))
                .param("end", end.atOffset(java.time.ZoneOffset.UTC))
                .query(rs -> {
                    ZonedDateTime t = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(STOCKHOLM);
                    total[0]++;
                    perCategory.merge(rs.getLong(2), 1L, Long::sum);
                    long district = rs.getLong(3);
                    if (rs.wasNull()) {
                        withoutDistrict[0]++;
                    } else {
                        perDistrict.merge(district, 1L, Long::sum);
                    }
                    month[t.getMonthValue() - 1]++;
                    weekday[t.getDayOfWeek().getValue() - 1]++;
                    hour[t.getHour()]++;
                    perYear.merge(t.getYear(), 1L, Long::sum);
                    perYearQuarter.merge(t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1), 1L, Long::sum);
                    double lat = rs.getDouble(4);
                    boolean noLat = rs.wasNull();
                    double lon = rs.getDouble(5);
                    if (!noLat && !rs.wasNull()) {
                        Projection.Sweref99 s = Projection.toSweref99(new Position(lat, lon));
                        long cx = (long) Math.floor(s.easting() / CELL_METRES);
                        long cy = (long) Math.floor(s.northing() / CELL_METRES);
                        cells.merge(cx << 32 | (cy & 0xffffffffL), 1L, Long::sum);
                    }
                });

        List<Count> byCategory = new ArrayList<>();
        categories.forEach((id, c) -> {
            long n = perCategory.getOrDefault(id, 0L);
            if (n > 0) {
                byCategory.add(new Count(c[0], c[1], n));
            }
        });
        byCategory.sort(Comparator.comparingLong(Count::count).reversed());
        List<Count> byDistrict = new ArrayList<>();
        districtNames.forEach((id, name) -> byDistrict.add(new Count(String.valueOf(id), name, perDistrict.getOrDefault(id, 0L))));
        byDistrict.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));

        List<Count> byMonth = new ArrayList<>();
        List<Count> byQuarter = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byMonth.add(new Count(String.valueOf(i + 1), null, month[i]));
        }
        for (int q = 0; q < 4; q++) {
            byQuarter.add(new Count("Q" + (q + 1), null, month[3 * q] + month[3 * q + 1] + month[3 * q + 2]));
        }
        List<Count> byWeekday = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            byWeekday.add(new Count(String.valueOf(d.getValue()), null, weekday[d.getValue() - 1]));
        }
        List<Count> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new Count(String.valueOf(h), null, hour[h]));
        }
        List<Count> byTimeBand = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            long n = 0;
            for (int h = 6 * b; h < 6 * b + 6; h++) {
                n += hour[h];
            }
            byTimeBand.add(new Count(TIME_BANDS.get(b), TIME_BANDS.get(b), n));
        }
        List<Count> byYear = new ArrayList<>();
        List<Count> byYearQuarter = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            byYear.add(new Count(String.valueOf(y), String.valueOf(y), perYear.getOrDefault(y, 0L)));
            for (int q = 1; q <= 4; q++) {
                LocalDate qStart = LocalDate.of(y, 3 * q - 2, 1);
                if (!qStart.plusMonths(3).isAfter(from) || qStart.isAfter(to)) {
                    continue;
                }
                String key = y + "-Q" + q;
                byYearQuarter.add(new Count(key, key, perYearQuarter.getOrDefault(key, 0L)));
            }
        }
        List<Cell> cellList = new ArrayList<>();
        cells.forEach((k, n) -> cellList.add(new Cell((k >> 32) * CELL_METRES, ((int) (long) k) * CELL_METRES, n)));
        cellList.sort(Comparator.comparingLong(Cell::count).reversed());
        return new Patterns(from, to, total[0], byCategory, byDistrict, byMonth, byQuarter, byWeekday, byTimeBand, byHour,
                byYear, byYearQuarter, withoutDistrict[0], outlines, cellList);
    }

    private static List<List<double[]>> rings(String geoJson) {
        Geometry g = GeoJson.geometry(GeoJson.parse(geoJson));
        List<List<double[]>> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            rings.add(project(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(project(p.getInteriorRingN(h).getCoordinates()));
            }
        }
        return rings;
    }

    private static List<double[]> project(Coordinate[] cs) {
        List<double[]> ring = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            Projection.Sweref99 s = Projection.toSweref99(new Position(c.y, c.x));
            ring.add(new double[] {s.easting(), s.northing()});
        }
        return ring;
    }
}
