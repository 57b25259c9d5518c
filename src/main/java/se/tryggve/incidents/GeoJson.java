package se.tryggve.incidents;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.tryggve.shared.RuleViolationException;

/**
 * Reads the polygons of GeoJSON (RFC 7946: Polygon and MultiPolygon, longitude first, WGS84) into JTS
 * geometries and writes them back. Only what districts need; anything else is refused with a message.
 */
final class GeoJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {
    }

    static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new RuleViolationException("file", "incidents.geojson.invalid");
            }
            return node;
        } catch (RuleViolationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleViolationException("file", "incidents.geojson.invalid");
        }
    }

    /** A GeoJSON geometry object (Polygon or MultiPolygon) as a valid JTS geometry. */
    static Geometry geometry(JsonNode g) {
        if (g == null || !g.isObject()) {
            throw new RuleViolationException("file", "incidents.geojson.noGeometry");
        }
        String type = g.path("type").asString("");
        JsonNode coords = g.path("coordinates");
        Geometry result = switch (type) {
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> {
                if (!coords.isArray() || coords.isEmpty()) {
                    throw new RuleViolationException("file", "incidents.geojson.invalid");
                }
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : coords) {
                    parts.add(polygon(p));
                }
                yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new RuleViolationException("file", "incidents.geojson.type", type);
        };
        if (!result.isValid()) {
            // A self-intersecting ring would make point-in-polygon answers arbitrary.
            Geometry fixed = org.locationtech.jts.geom.util.GeometryFixer.fix(result);
            if (fixed.isEmpty() || !(fixed instanceof Polygon || fixed instanceof MultiPolygon)) {
                throw new RuleViolationException("file", "incidents.geojson.invalid");
            }
            return fixed;
        }
        return result;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new RuleViolationException("file", "incidents.geojson.invalid");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        if (!points.isArray() || points.size() < 4) {
            throw new RuleViolationException("file", "incidents.geojson.invalid");
        }
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode pt : points) {
            if (!pt.isArray() || pt.size() < 2 || !pt.get(0).isNumber() || !pt.get(1).isNumber()) {
                throw new RuleViolationException("file", "incidents.geojson.invalid");
            }
            double lon = pt.get(0).asDouble();
            double lat = pt.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                // Projected coordinates (e.g. SWEREF 99 TM metres) instead of degrees: RFC 7946 §4 requires WGS84.
                throw new RuleViolationException("file", "incidents.geojson.notWgs84");
            }
            cs.add(new Coordinate(lon, lat));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    /** The geometry as a GeoJSON geometry object (coordinates rounded to about a decimetre). */
    static ObjectNode write(Geometry g) {
        ObjectNode node = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            node.put("type", "Polygon");
            node.set("coordinates", rings(p));
        } else if (g instanceof MultiPolygon mp) {
            node.put("type", "MultiPolygon");
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                parts.add(rings((Polygon) mp.getGeometryN(i)));
            }
        } else {
            throw new IllegalArgumentException(g.getGeometryType());
        }
        return node;
    }

    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = JSON.createArrayNode();
        rings.add(points(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(points(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static ArrayNode points(Coordinate[] cs) {
        ArrayNode a = JSON.createArrayNode();
        for (Coordinate c : cs) {
            ArrayNode pt = a.addArray();
            pt.add(Math.round(c.x * 1e6) / 1e6);
            pt.add(Math.round(c.y * 1e6) / 1e6);
        }
        return a;
    }
}
