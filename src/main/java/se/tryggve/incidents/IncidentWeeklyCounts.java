package se.tryggve.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures of the register for the EST situation pictures (weekly, monthly, per tertial): counts
 * per category and district in a time range, the reports binned into square grid cells in SWEREF 99 TM for
 * the hot-spot map, the district outlines in SWEREF 99 TM for map images, and short facts of single
 * incidents for "notable events". Scoped by municipality. Incidents marked as duplicates are not counted
 * (the report they duplicate is). Times are the incidents' reported times; the caller turns its local
 * (Europe/Stockholm) period into the half-open instant range [from, to).
 */
@Service
@Transactional(readOnly = true)
public class IncidentWeeklyCounts {

    private final JdbcClient jdbc;

    IncidentWeeklyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reports of one category in one district (null: outside every district, or no districts). */
    public record Count(long categoryId, Long districtId, long count) {
    }

    /** A square cell of the grid, south-west corner and side in SWEREF 99 TM metres (x east, y north). */
    public record GridCell(double x, double y, double size, int count, Long districtId) {
    }

    /** A district's outline in SWEREF 99 TM metres: rings of {x (easting), y (northing)}. */
    public record Outline(long districtId, String name, boolean example, List<List<double[]>> rings) {
    }

    /**
     * Facts of one incident for a list to pick notable events from. {@code description} is the reporter's
     * free text: for the coordinator's eyes when choosing, never to be copied into anything sent.
     */
    public record Brief(long id, String categoryName, Long districtId, String districtName, Instant reportedAt,
                        IncidentStatus status, Channel channel, String description) {
    }

    public List<Count> counts(long m, Instant from, Instant to) {
        return jdbc.sql("""
                select i.category_id, i.district_id, count(*) from incident i
                 where i.municipality_id = :m and i.reported_at >= :from and i.reported_at < :to and i.status <> 'DUPLICATE'
                 group by i.category_id, i.district_id""")
                .param("m", m).param("from", IncidentDirectory.utc(from)).param("to", IncidentDirectory.utc(to))
                .query((rs, n) -> new Count(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3))).list();
    }

    /**
     * The reports in [from, to) binned into square cells of {@code size} metres on the SWEREF 99 TM grid
     * (a cell's corner is a multiple of the size, so cells of different weeks line up). Each cell carries
     * the district most of its reports lie in. Reports without a position are left out.
     */
    public List<GridCell> cells(long m, Instant from, Instant to, double size) {
        record Key(long col, long row) {
        }
        Map<Key, int[]> counts = new HashMap<>();
        Map<Key, Map<Long, Integer>> districts = new HashMap<>();
        jdbc.sql("""
                select i.latitude, i.longitude, i.district_id from incident i
                 where i.municipality_id = :m and i.reported_at >= :from and i.reported_at < :to and i.status <> 'DUPLICATE'
                   and i.latitude is not null and i.longitude is not null""")
                .param("m", m).param("from", IncidentDirectory.utc(from)).param("to", IncidentDirectory.utc(to))
                .query(rs -> {
                    Projection.Sweref99 s = Projection.toSweref99(new Position(rs.getDouble(1), rs.getDouble(2)));
                    Key k = new Key((long) Math.floor(s.easting() / size), (long) Math.floor(s.northing() / size));
                    counts.computeIfAbsent(k, x -> new int[1])[0]++;
                    Long d = rs.getObject(3, Long.class);
                    districts.computeIfAbsent(k, x -> new HashMap<>()).merge(d == null ? -1L : d, 1, Integer::sum);
                });
        List<GridCell> out = new ArrayList<>(counts.size());
        counts.forEach((k, c) -> {
            Long district = districts.get(k).entrySet().stream()
                    .max((a, b) -> a.getValue().equals(b.getValue()) ? Long.compare(b.getKey(), a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey).filter(d -> d >= 0).orElse(null);
            out.add(new GridCell(k.col() * size, k.row() * size, size, c[0], district));
        });
        out.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                : a.y() != b.y() ? Double.compare(a.y(), b.y()) : Double.compare(a.x(), b.x()));
        return out;
    }

    /** The municipality's districts (kind DISTRICT) as outlines projected to SWEREF 99 TM. */
    public List<Outline> outlines(long m) {
        List<Outline> out = new ArrayList<>();
        jdbc.sql("select id, name, example, geometry from district where municipality_id = :m and kind = :k order by name")
                .param("m", m).param("k", Districts.DISTRICT)
                .query(rs -> {
                    Geometry g = GeoJson.geometry(GeoJson.JSON.readTree(rs.getString(4)));
                    List<List<double[]>> rings = new ArrayList<>();
                    for (int i = 0; i < g.getNumGeometries(); i++) {
                        Polygon p = (Polygon) g.getGeometryN(i);
                        rings.add(project(p.getExteriorRing().getCoordinates()));
                        for (int h = 0; h < p.getNumInteriorRing(); h++) {
                            rings.add(project(p.getInteriorRingN(h).getCoordinates()));
                        }
                    }
                    out.add(new Outline(rs.getLong(1), rs.getString(2), rs.getBoolean(3), List.copyOf(rings)));
                });
        return out;
    }

    private static List<double[]> project(Coordinate[] coordinates) {
        List<double[]> ring = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            Projection.Sweref99 s = Projection.toSweref99(new Position(c.y, c.x));
            ring.add(new double[]{s.easting(), s.northing()});
        }
        return ring;
    }

    /** The incidents reported in [from, to), duplicates left out, newest first, at most {@code limit}. */
    public List<Brief> incidents(long m, Instant from, Instant to, int limit) {
        return jdbc.sql(BRIEF + """
                 where i.municipality_id = :m and i.reported_at >= :from and i.reported_at < :to and i.status <> 'DUPLICATE'
                 order by i.reported_at desc, i.id desc limit :limit""")
                .param("m", m).param("from", IncidentDirectory.utc(from)).param("to", IncidentDirectory.utc(to))
                .param("limit", Math.max(1, Math.min(limit, IncidentDirectory.MAX_LIMIT)))
                .query(IncidentWeeklyCounts::brief).list();
    }

    /** The incidents with these ids that belong to the municipality (others are left out, as if missing). */
    public List<Brief> incidents(long m, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BRIEF + " where i.municipality_id = :m and i.id in (:ids) order by i.reported_at, i.id")
                .param("m", m).param("ids", List.copyOf(ids)).query(IncidentWeeklyCounts::brief).list();
    }

    public Optional<Brief> incident(long m, long id) {
        return incidents(m, List.of(id)).stream().findFirst();
    }

    private static final String BRIEF = """
            select i.id, c.name, i.district_id, d.name, i.reported_at, i.status, i.channel, i.description
              from incident i join incident_category c on c.id = i.category_id left join district d on d.id = i.district_id
            """;

    private static Brief brief(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Brief(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                IncidentDirectory.instant(rs, 5), IncidentStatus.valueOf(rs.getString(6)), Channel.valueOf(rs.getString(7)),
                rs.getString(8));
    }
}
