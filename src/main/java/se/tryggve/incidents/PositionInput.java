package se.tryggve.incidents;

import se.tryggve.shared.RuleViolationException;

/**
 * A position as forms and the API accept it: WGS84 latitude/longitude or SWEREF 99 TM northing/easting
 * (the grid the municipality's maps and the police use), never both.
 */
final class PositionInput {

    private PositionInput() {
    }

    /** The WGS84 position, or null when nothing was given. */
    static Position resolve(Double latitude, Double longitude, Double northing, Double easting) {
        boolean wgs = latitude != null || longitude != null;
        boolean sweref = northing != null || easting != null;
        if (wgs && sweref) {
            throw new RuleViolationException("position", "incidents.position.both");
        }
        if (wgs) {
            if (latitude == null || longitude == null) {
                throw new RuleViolationException("position", "incidents.position.required");
            }
            return new Position(latitude, longitude);
        }
        if (sweref) {
            if (northing == null || easting == null) {
                throw new RuleViolationException("position", "incidents.position.required");
            }
            if (!Double.isFinite(northing) || !Double.isFinite(easting) || !Projection.plausibleSweref99(northing, easting)) {
                throw new RuleViolationException("position", "incidents.position.swerefInvalid");
            }
            return Projection.toWgs84(new Projection.Sweref99(northing, easting));
        }
        return null;
    }
}
