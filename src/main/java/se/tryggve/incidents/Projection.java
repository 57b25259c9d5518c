package se.tryggve.incidents;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 (EPSG:4326, as Open311 and Leaflet use it) to and from SWEREF 99 TM (EPSG:3006, the national
 * grid Swedish municipalities, Lantmäteriet and the police use). SWEREF 99 is tied to ETRS89 and for
 * this purpose equal to WGS84 (difference well below a metre), hence the zero datum shift; the grid is
 * Transverse Mercator on GRS 80 with central meridian 15° E, scale 0.9996 and false easting 500 000 m
 * (Lantmäteriet, "SWEREF 99 TM"). The parameters are given here rather than looked up by EPSG code so
 * no EPSG database is needed at run time.
 */
public final class Projection {

    /** A point in SWEREF 99 TM, metres: northing (N, y) and easting (E, x). */
    public record Sweref99(double northing, double easting) {
    }

    private static final String SWEREF99TM = "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";
    private static final CoordinateReferenceSystem GEO;
    private static final CoordinateReferenceSystem GRID;

    static {
        CRSFactory crs = new CRSFactory();
        GEO = crs.createFromParameters("EPSG:4326", WGS84);
        GRID = crs.createFromParameters("EPSG:3006", SWEREF99TM);
    }

    private Projection() {
    }

    /** WGS84 → SWEREF 99 TM, rounded to the millimetre. */
    public static Sweref99 toSweref99(Position p) {
        // A transform object is not thread-safe; creating one is cheap.
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(GEO, GRID);
        ProjCoordinate out = t.transform(new ProjCoordinate(p.longitude(), p.latitude()), new ProjCoordinate());
        return new Sweref99(Math.round(out.y * 1000) / 1000.0, Math.round(out.x * 1000) / 1000.0);
    }

    /** SWEREF 99 TM → WGS84. */
    public static Position toWgs84(Sweref99 s) {
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(GRID, GEO);
        ProjCoordinate out = t.transform(new ProjCoordinate(s.easting(), s.northing()), new ProjCoordinate());
        return new Position(out.y, out.x);
    }

    /** Whether the numbers can be a point of SWEREF 99 TM over Sweden (with a margin), so a mix-up with degrees is caught. */
    public static boolean plausibleSweref99(double northing, double easting) {
        return northing >= 6_100_000 && northing <= 7_700_000 && easting >= 200_000 && easting <= 1_000_000;
    }
}
