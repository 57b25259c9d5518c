package se.tryggve.incidents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * SCB's statistical areas as districts of their own kind: DeSO (demografiska statistikområden) and RegSO
 * (regionala statistikområden). SCB publishes their boundaries as GeoJSON in SWEREF 99 TM (EPSG:3006) for
 * the whole country; the import keeps the features of the municipality's kommun code only, projects them
 * to WGS84 with {@link Projection} and upserts them by (kind, code). Every incident carries the DeSO its
 * position lies in ({@code incident.statistical_area_id}): set when it is reported (a listener on the
 * register's own "reported" event, so {@code Incidents} needs no change) and by a backfill after each DeSO
 * import, so the lägesbild (Lag 2023:196 4 §) can set incidents against SCB's statistics per area.
 */
@Service
public class StatisticalAreas {

    public static final String DESO = "DESO";
    public static final String REGSO = "REGSO";
    static final String OBJECT_TYPE = "StatisticalAreaImport";
    private static final Set<String> KINDS = Set.of(DESO, REGSO);

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

    /** As in {@link Districts}: how long loaded areas are used before their stamp is compared with the table again. */
    private final long checkNanos;

    StatisticalAreas(JdbcClient jdbc, Municipalities municipalities, ApplicationEventPublisher events,
                     @org.springframework.beans.factory.annotation.Value("${tryggve.incidents.area-cache-check:PT2S}") java.time.Duration check) {
        this.checkNanos = check.toNanos();
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.events = events;
    }

    /** What an import did: areas created and updated, features of other municipalities left out, incidents given their DeSO. */
    public record ImportResult(String kind, int created, int updated, int unchanged, int otherMunicipalities, int backfilled) {
    }

    private record Area(DistrictInfo info, PreparedGeometry geometry, Envelope box) {
    }

    /** The areas as loaded, with their stamp and when the stamp was last compared with the table. */
    private record Loaded(String stamp, List<Area> areas, long checkedAt) {
        Loaded checked(long now) {
            return new Loaded(stamp, areas, now);
        }
    }

    private record Feature(int index, String code, String name, boolean example, Geometry geometry) {
    }

    /** Whether the text names a kind of statistical area (DESO or REGSO, any case). */
    public static boolean isStatisticalKind(String kind) {
        return kind != null && KINDS.contains(kind.trim().toUpperCase(Locale.ROOT));
    }

    /** The statistical areas of one kind, by code. */
    @Transactional(readOnly = true)
    public List<DistrictInfo> statisticalAreas(long m, String kind) {
        return jdbc.sql("select id, kind, code, name, example from district where municipality_id = :m and kind = :k order by code")
                .param("m", m).param("k", normalKind(kind)).query((rs, n) -> new DistrictInfo(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5))).list();
    }

    /**
     * Imports SCB's DeSO or RegSO boundaries: a GeoJSON FeatureCollection in SWEREF 99 TM (as SCB publishes
     * it; WGS84 degrees are accepted too). Properties: the code in {@code desokod}/{@code deso} or
     * {@code regsokod}/{@code regso}, the kommun code in {@code kommun}/{@code kommunkod} (else the code's first
     * four digits), a name in {@code regsonamn}/{@code namn}/{@code name} (a DeSO has none: its code is its
     * name), {@code example: true} for invented areas. Only features of the municipality's kommun are kept.
     * All or nothing: a malformed feature refuses the file, with the feature's position (1-based) in the
     * message. One audit entry per import. After a DeSO import every positioned incident gets its DeSO again.
     */
    @Transactional
    public ImportResult importStatisticalAreas(long m, String kind, String geoJson) {
        String k = normalKind(kind);
        String kommun = municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).code();
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
        if (features.size() > 20_000) {
            // The whole country has about 6 200 DeSO; anything much larger is not SCB's file.
            throw new RuleViolationException("file", "incidents.geojson.tooMany", 20_000);
        }
        List<Feature> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int others = 0;
        for (int i = 0; i < features.size(); i++) {
            int index = i + 1;
            JsonNode f = features.get(i);
            if (!f.isObject()) {
                throw new RuleViolationException("file", "statarea.feature.invalid", index);
            }
            JsonNode props = f.path("properties");
            String code = DESO.equals(k) ? text(props, "desokod", "deso", "DESO", "DESOKOD", "code", "kod")
                    : text(props, "regsokod", "REGSOKOD", "code", "kod");
            if (code == null && REGSO.equals(k)) {
                String regso = text(props, "regso", "REGSO");
                code = regso != null && regso.matches("\\d{4}R\\d{3}") ? regso : null;
            }
            if (code == null || !validCode(k, code)) {
                throw new RuleViolationException("file", "statarea.feature.code", index, code == null ? "–" : code);
            }
            String featureKommun = text(props, "kommun", "kommunkod", "KOMMUN", "KOMMUNKOD");
            if (featureKommun == null) {
                featureKommun = code.substring(0, 4);
            } else if (featureKommun.matches("\\d{1,3}")) {
                featureKommun = "0".repeat(4 - featureKommun.length()) + featureKommun;   // 126 read as a number
            }
            if (!kommun.equals(featureKommun)) {
                others++;
                continue;
            }
            if (!seen.add(code)) {
                throw new RuleViolationException("file", "statarea.feature.duplicate", index, code);
            }
            String name = text(props, "regsonamn", "namn", "name");
            if (name == null && REGSO.equals(k)) {
                String regso = text(props, "regso", "REGSO");
                name = regso != null && !regso.equals(code) ? regso : null;
            }
            if (name == null) {
                name = code;
            }
            if (name.length() > 200) {
                throw new RuleViolationException("file", "statarea.feature.invalid", index);
            }
            Geometry g;
            try {
                g = GeoJson.geometry(toWgs84(f.get("geometry")));
            } catch (RuleViolationException e) {
                throw new RuleViolationException("file", "statarea.feature.geometry", index, code);
            }
            kept.add(new Feature(index, code, name, props.path("example").asBoolean(false), g));
        }
        if (kept.isEmpty()) {
            throw new RuleViolationException("file", "statarea.none", kommun);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Feature f : kept) {
            Envelope e = f.geometry().getEnvelopeInternal();
            String geometry = GeoJson.write(f.geometry()).toString();
            var before = jdbc.sql("select id, name, geometry, example from district where municipality_id = :m and kind = :k and code = :c")
                    .param("m", m).param("k", k).param("c", f.code())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)}).optional();
            Long existing = before.map(b -> (Long) b[0]).orElse(null);
            if (before.isPresent() && f.name().equals(before.get()[1]) && geometry.equals(before.get()[2])
                    && before.get()[3].equals(f.example())) {
                unchanged++;
            } else if (existing == null) {
                jdbc.sql("""
                        insert into district (municipality_id, kind, code, name, geometry, min_lon, min_lat, max_lon, max_lat, example)
                        values (:m, :k, :c, :n, :g, :x0, :y0, :x1, :y1, :ex)""")
                        .param("m", m).param("k", k).param("c", f.code()).param("n", f.name()).param("g", geometry)
                        .param("x0", e.getMinX()).param("y0", e.getMinY()).param("x1", e.getMaxX()).param("y1", e.getMaxY())
                        .param("ex", f.example()).update();
                created++;
            } else {
                jdbc.sql("""
                        update district set name = :n, geometry = :g, min_lon = :x0, min_lat = :y0, max_lon = :x1, max_lat = :y1,
                               example = :ex, version = version + 1 where id = :id and municipality_id = :m""")
                        .param("n", f.name()).param("g", geometry).param("x0", e.getMinX()).param("y0", e.getMinY())
                        .param("x1", e.getMaxX()).param("y1", e.getMaxY()).param("ex", f.example()).param("id", existing)
                        .param("m", m).update();
                updated++;
            }
        }
        cache.remove(m);
        int backfilled = DESO.equals(k) && created + updated > 0 ? assignAll(m) : 0;
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, k, "imported").value("kind", k).value("created", created)
                .value("updated", updated).value("unchanged", unchanged).value("otherMunicipalities", others)
                .value("incidentsBackfilled", backfilled).build());
        return new ImportResult(k, created, updated, unchanged, others, backfilled);
    }

    /** The DeSO the position lies in, if any; on a shared border the first by id. */
    @Transactional(readOnly = true)
    public Optional<DistrictInfo> statisticalAreaAt(long m, Position p) {
        if (p == null) {
            return Optional.empty();
        }
        return find(load(m).areas(), p.latitude(), p.longitude()).map(Area::info);
    }

    /** The DeSO recorded on an incident, if any. */
    @Transactional(readOnly = true)
    public Optional<DistrictInfo> statisticalAreaOfIncident(long m, long incidentId) {
        return jdbc.sql("""
                select d.id, d.kind, d.code, d.name, d.example from incident i join district d on d.id = i.statistical_area_id
                 where i.municipality_id = :m and i.id = :id""").param("m", m).param("id", incidentId)
                .query((rs, n) -> new DistrictInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).optional();
    }

    /** Gives every incident with a position its DeSO again (after boundaries changed); one audit entry. */
    @Transactional
    public int backfillStatisticalAreas(long m) {
        int n = assignAll(m);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, DESO, "backfilled").value("incidents", n).build());
        return n;
    }

    /**
     * The register's "placed" event (same transaction): an incident placed from the review queue gets the DeSO of
     * its position; after a CSV import, the imported rows without one get theirs.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void onStateChanged(StateChanged event) {
        long m = event.municipalityId();
        // a new report gets its DeSO in the insert itself (Incidents.insert through statisticalAreaAt), one placed later here
        if ("Incident".equals(event.objectType()) && "placed".equals(event.action())) {
            List<Area> areas = load(m).areas();
            if (areas.isEmpty()) {
                return;
            }
            long id = Long.parseLong(event.objectId());
            jdbc.sql("select latitude, longitude from incident where id = :id and municipality_id = :m and latitude is not null")
                    .param("id", id).param("m", m).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional()
                    .flatMap(ll -> find(areas, ll[0], ll[1]))
                    .ifPresent(a -> jdbc.sql("update incident set statistical_area_id = :a where id = :id and municipality_id = :m")
                            .param("a", a.info().id()).param("id", id).param("m", m).update());
        } else if ("IncidentImport".equals(event.objectType()) && "imported".equals(event.action())) {
            if (!load(m).areas().isEmpty()) {
                assign(m, true);
            }
        }
    }

    private int assignAll(long m) {
        return assign(m, false);
    }

    private int assign(long m, boolean onlyMissing) {
        List<Area> areas = load(m).areas();
        List<long[]> changes = new ArrayList<>();
        jdbc.sql("select id, latitude, longitude, statistical_area_id from incident where municipality_id = :m and latitude is not null"
                        + (onlyMissing ? " and statistical_area_id is null" : ""))
                .param("m", m).query(rs -> {
                    long id = rs.getLong(1);
                    long before = rs.getLong(4);
                    if (rs.wasNull()) {
                        before = -1;
                    }
                    long after = find(areas, rs.getDouble(2), rs.getDouble(3)).map(a -> a.info().id()).orElse(-1L);
                    if (after != before) {
                        changes.add(new long[] {id, after});
                    }
                });
        // One update per area and chunk of ids, so a backfill of years of incidents stays a few statements.
        Map<Long, List<Long>> byArea = new java.util.TreeMap<>();
        for (long[] c : changes) {
            byArea.computeIfAbsent(c[1], a -> new ArrayList<>()).add(c[0]);
        }
        byArea.forEach((area, ids) -> {
            for (int from = 0; from < ids.size(); from += 500) {
                jdbc.sql("update incident set statistical_area_id = :a where municipality_id = :m and id in (:ids)")
                        .param("a", area < 0 ? null : area).param("m", m).param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                        .update();
            }
        });
        return changes.size();
    }

    private static Optional<Area> find(List<Area> areas, double lat, double lon) {
        Coordinate c = new Coordinate(lon, lat);
        Point point = null;
        for (Area a : areas) {
            if (a.box().contains(c)) {
                if (point == null) {
                    point = GeoJson.FACTORY.createPoint(c);
                }
                if (a.geometry().covers(point)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private Loaded load(long m) {
        long now = System.nanoTime();
        Loaded current = cache.get(m);
        if (current != null && checkNanos > 0 && now - current.checkedAt() < checkNanos) {
            return current;
        }
        String stamp = jdbc.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from district where municipality_id = :m and kind = :k")
                .param("m", m).param("k", DESO).query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3)).single();
        if (current != null && current.stamp().equals(stamp)) {
            Loaded checked = current.checked(now);
            cache.put(m, checked);
            return checked;
        }
        List<Area> areas = jdbc.sql("select id, kind, code, name, example, geometry from district where municipality_id = :m and kind = :k order by id")
                .param("m", m).param("k", DESO).query((rs, n) -> {
                    Geometry g = GeoJson.geometry(GeoJson.JSON.readTree(rs.getString(6)));
                    return new Area(new DistrictInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5)), PreparedGeometryFactory.prepare(g), g.getEnvelopeInternal());
                }).list();
        Loaded loaded = new Loaded(stamp, List.copyOf(areas), now);
        cache.put(m, loaded);
        return loaded;
    }

    private static String normalKind(String kind) {
        String k = kind == null ? DESO : kind.trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new RuleViolationException("kind", "statarea.kind.invalid");
        }
        return k;
    }

    private static boolean validCode(String kind, String code) {
        // SCB's codes: DeSO = kommun code + A/B/C (rural, mixed, urban) + four digits; RegSO = kommun code + R + three digits.
        return DESO.equals(kind) ? code.matches("\\d{4}[ABC]\\d{4}") : code.matches("\\d{4}R\\d{3}");
    }

    /**
     * The geometry with every position in WGS84: SWEREF 99 TM pairs (easting, northing) are projected,
     * pairs already in degrees are kept; anything else is left for {@link GeoJson#geometry} to refuse.
     */
    static JsonNode toWgs84(JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            return geometry;
        }
        JsonNode copy = geometry.deepCopy();
        JsonNode coords = copy.get("coordinates");
        if (coords instanceof ArrayNode a) {
            project(a);
        }
        return copy;
    }

    private static void project(ArrayNode node) {
        if (node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
            double x = node.get(0).asDouble();
            double y = node.get(1).asDouble();
            if (Projection.plausibleSweref99(y, x)) {
                Position p = Projection.toWgs84(new Projection.Sweref99(y, x));
                node.removeAll();
                node.add(p.longitude());
                node.add(p.latitude());
            }
            return;
        }
        for (JsonNode child : node) {
            if (child instanceof ArrayNode a) {
                project(a);
            }
        }
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
}
