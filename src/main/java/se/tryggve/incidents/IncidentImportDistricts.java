package se.tryggve.incidents;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The point-in-district lookup of the import, for rows with a position and no district column: the same rule
 * as {@link Districts#districtAt} (kind DISTRICT, bounding box first, the polygon covers the point, on a shared
 * border the first by id), but with the polygons loaded once per import — the register's lookup checks its
 * cache with a query per call, which a million rows cannot afford.
 */
@Component
class IncidentImportDistricts {

    private final JdbcClient jdbc;

    IncidentImportDistricts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Area(long id, PreparedGeometry geometry, Envelope box) {
    }

    /** The lookup for one import; null when the municipality has no districts. */
    IncidentImportRows.DistrictLookup lookupFor(long m) {
        List<Area> areas = new ArrayList<>();
        jdbc.sql("select id, geometry from district where municipality_id = :m and kind = :k order by id")
                .param("m", m).param("k", Districts.DISTRICT).query((rs, n) -> {
                    Geometry g = GeoJson.geometry(GeoJson.JSON.readTree(rs.getString(2)));
                    areas.add(new Area(rs.getLong(1), PreparedGeometryFactory.prepare(g), g.getEnvelopeInternal()));
                    return null;
                }).list();
        if (areas.isEmpty()) {
            return null;
        }
        return (lat, lon) -> {
            Coordinate c = new Coordinate(lon, lat);
            Point p = null;
            for (Area a : areas) {
                if (a.box().contains(c)) {
                    if (p == null) {
                        p = GeoJson.FACTORY.createPoint(c);
                    }
                    if (a.geometry().covers(p)) {
                        return a.id();
                    }
                }
            }
            return null;
        };
    }
}
