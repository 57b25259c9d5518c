package se.tryggve.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The municipality's districts: imported as GeoJSON polygons (WGS84), listed, and the automatic
 * point-in-district lookup of a reported position. The parsed polygons are cached per municipality
 * and reloaded when the district table of that municipality changes (a cheap stamp query per
 * lookup, so several application instances stay correct without messaging between them).
 */
@Service
public class Districts {

    /** The kind of area the lookup of an incident's district uses. */
    public static final String DISTRICT = "DISTRICT";
    static final int MAX_FEATURES = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

    /**
     * How long the loaded areas are used before their stamp is compared with the table again. Every report looks
     * its position up here, so comparing on each one cost a query per Open311 POST; an import on this instance
     * empties the cache at once, one on another instance is seen within this interval (0 in the test profile).
     */
    private final long checkNanos;

    Districts(JdbcClient jdbc, ApplicationEventPublisher events,
              @org.springframework.beans.factory.annotation.Value("${tryggve.incidents.area-cache-check:PT2S}") java.time.Duration check) {
        this.checkNanos = check.toNanos();
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Area(DistrictInfo info, PreparedGeometry geometry, Envelope box) {
    }

    /** The areas as loaded, with their stamp and when the stamp was last compared with the table. */
    private record Loaded(String stamp, List<Area> areas, long checkedAt) {
        Loaded checked(long now) {
            return new Loaded(stamp, areas, now);
        }
    }

    /** The outcome of an import: how many districts were created and how many updated. */
    // Serializable: the districts page hands it to the next page as a flash attribute, which lives in the
    // login session, and sessions are stored in the database (Spring Session JDBC, issue 8)
    public record ImportResult(int created, int updated) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public List<DistrictInfo> districts(long m) {
        return jdbc.sql("select id, kind, code, name, example from district where municipality_id = :m order by kind, name")
                .param("m", m).query((rs, n) -> new DistrictInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5))).list();
    }

    @Transactional(readOnly = true)
    public Optional<DistrictInfo> findDistrict(long m, long id) {
        return jdbc.sql("select id, kind, code, name, example from district where municipality_id = :m and id = :id")
                .param("m", m).param("id", id).query((rs, n) -> new DistrictInfo(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5))).optional();
    }

    /** Whether the municipality has imported any district; without districts no position is "outside". */
    @Transactional(readOnly = true)
    public boolean hasDistricts(long m) {
        return !load(m).areas().isEmpty();
    }

    /** The district (kind DISTRICT) the position lies in, if any; on a shared border the first by id. */
    @Transactional(readOnly = true)
    public Optional<DistrictInfo> districtAt(long m, Position p) {
        if (p == null) {
            return Optional.empty();
        }
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(p.longitude(), p.latitude()));
        for (Area a : load(m).areas()) {
            if (a.box().contains(point.getCoordinate()) && a.geometry().covers(point)) {
                return Optional.of(a.info());
            }
        }
        return Optional.empty();
    }

    /** All districts as a GeoJSON FeatureCollection (properties id, kind, code, name, example) for the map. */
    @Transactional(readOnly = true)
    public String featureCollection(long m) {
        return featureCollection(m, null);
    }

    /** The areas of one kind (DISTRICT, DESO, REGSO) as a GeoJSON FeatureCollection; null kind = all. */
    @Transactional(readOnly = true)
    public String featureCollection(long m, String kind) {
        ObjectNode fc = GeoJson.JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        jdbc.sql("select id, kind, code, name, example, geometry from district where municipality_id = :m"
                        + (kind == null ? "" : " and kind = :k") + " order by kind, name")
                .param("m", m).params(kind == null ? java.util.Map.of() : java.util.Map.of("k", kind)).query(rs -> {
                    ObjectNode f = features.addObject();
                    f.put("type", "Feature");
                    f.put("id", rs.getLong(1));
                    ObjectNode props = f.putObject("properties");
                    props.put("id", rs.getLong(1));
                    props.put("kind", rs.getString(2));
                    props.put("code", rs.getString(3));
                    props.put("name", rs.getString(4));
                    props.put("example", rs.getBoolean(5));
                    f.set("geometry", GeoJson.JSON.readTree(rs.getString(6)));
                });
        return fc.toString();
    }

    /**
     * Imports a GeoJSON FeatureCollection (or one Feature) of Polygon/MultiPolygon features. Each
     * feature needs a name (property {@code name} or {@code namn}) and may have a code ({@code code},
     * {@code kod}, {@code id}; else derived from the name) and {@code example: true}. A district with
     * the same kind and code is updated, others are created; nothing is deleted, since incidents refer
     * to their district. All or nothing: one bad feature refuses the whole file.
     */
    @Transactional
    public ImportResult importDistricts(long m, String kind, String geoJson) {
        String k = kind == null || kind.isBlank() ? DISTRICT : kind.trim().toUpperCase(Locale.ROOT);
        if (!k.matches("[A-Z_]{1,20}")) {
            throw new RuleViolationException("kind", "incidents.district.kindInvalid");
        }
        if (geoJson == null || geoJson.isBlank()) {
            throw new RuleViolationException("file", "incidents.geojson.empty");
        }
        JsonNode root = GeoJson.parse(geoJson);
        List<JsonNode> features = new ArrayList<>();
        switch (root.path("type").asString("")) {
            case "FeatureCollection" -> root.path("features").forEach(features::add);
            case "Feature" -> features.add(root);
            default -> throw new RuleViolationException("file", "incidents.geojson.notFeatures");
        }
        if (features.isEmpty()) {
            throw new RuleViolationException("file", "incidents.geojson.empty");
        }
        if (features.size() > MAX_FEATURES) {
            throw new RuleViolationException("file", "incidents.geojson.tooMany", MAX_FEATURES);
        }
        int created = 0;
        int updated = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int index = 0;
        for (JsonNode f : features) {
            index++;
            JsonNode props = f.path("properties");
            String name = text(props, "name", "namn", "NAMN", "Name");
            if (name == null || name.length() > 200) {
                throw new RuleViolationException("file", "incidents.geojson.noName", index);
            }
            String code = text(props, "code", "kod", "KOD", "id");
            if (code == null && f.hasNonNull("id")) {
                code = f.get("id").asString();
            }
            if (code == null) {
                code = slug(name);
            }
            if (code.length() > 40 || !seen.add(code)) {
                throw new RuleViolationException("file", "incidents.geojson.badCode", index, code);
            }
            boolean example = props.path("example").asBoolean(false);
            Geometry g = GeoJson.geometry(f.get("geometry"));
            Envelope e = g.getEnvelopeInternal();
            String geometry = GeoJson.write(g).toString();
            Long existing = jdbc.sql("select id from district where municipality_id = :m and kind = :k and code = :c")
                    .param("m", m).param("k", k).param("c", code).query(Long.class).optional().orElse(null);
            if (existing == null) {
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("""
                        insert into district (municipality_id, kind, code, name, geometry, min_lon, min_lat, max_lon, max_lat, example)
                        values (:m, :k, :c, :n, :g, :x0, :y0, :x1, :y1, :ex)""")
                        .param("m", m).param("k", k).param("c", code).param("n", name).param("g", geometry)
                        .param("x0", e.getMinX()).param("y0", e.getMinY()).param("x1", e.getMaxX()).param("y1", e.getMaxY())
                        .param("ex", example).update(keys, "id");
                long id = keys.getKey().longValue();
                events.publishEvent(StateChanged.of(m, "District", id, "imported").value("kind", k).value("code", code)
                        .value("name", name).value("example", example).build());
                created++;
            } else {
                jdbc.sql("""
                        update district set name = :n, geometry = :g, min_lon = :x0, min_lat = :y0, max_lon = :x1, max_lat = :y1,
                               example = :ex, version = version + 1 where id = :id and municipality_id = :m""")
                        .param("n", name).param("g", geometry).param("x0", e.getMinX()).param("y0", e.getMinY())
                        .param("x1", e.getMaxX()).param("y1", e.getMaxY()).param("ex", example).param("id", existing)
                        .param("m", m).update();
                events.publishEvent(StateChanged.of(m, "District", existing, "reimported").value("name", name)
                        .value("example", example).build());
                updated++;
            }
        }
        cache.remove(m);
        return new ImportResult(created, updated);
    }

    private Loaded load(long m) {
        long now = System.nanoTime();
        Loaded current = cache.get(m);
        if (current != null && checkNanos > 0 && now - current.checkedAt() < checkNanos) {
            return current;
        }
        String stamp = jdbc.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from district where municipality_id = :m")
                .param("m", m).query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3)).single();
        if (current != null && current.stamp().equals(stamp)) {
            Loaded checked = current.checked(now);
            cache.put(m, checked);
            return checked;
        }
        List<Area> areas = jdbc.sql("select id, kind, code, name, example, geometry from district where municipality_id = :m and kind = :k order by id")
                .param("m", m).param("k", DISTRICT).query((rs, n) -> {
                    Geometry g = GeoJson.geometry(GeoJson.JSON.readTree(rs.getString(6)));
                    return new Area(new DistrictInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5)), PreparedGeometryFactory.prepare(g), g.getEnvelopeInternal());
                }).list();
        Loaded loaded = new Loaded(stamp, List.copyOf(areas), now);
        cache.put(m, loaded);
        return loaded;
    }

    private static String text(JsonNode props, String... names) {
        for (String n : names) {
            JsonNode v = props.get(n);
            if (v != null && !v.isNull() && (v.isString() || v.isNumber()) && !v.asString().isBlank()) {
                return v.asString().trim();
            }
        }
        return null;
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "omrade" : s.length() > 40 ? s.substring(0, 40) : s;
    }
}
