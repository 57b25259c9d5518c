package se.tryggve.incidents;

/** A point in WGS84 (EPSG:4326), as Open311 and Leaflet use it. */
public record Position(double latitude, double longitude) {
}
