package se.tryggve.incidents;

/**
 * A district (or another kind of area) of a municipality. {@code example} marks approximate demo
 * polygons that must not be taken for the municipality's real borders.
 */
public record DistrictInfo(long id, String kind, String code, String name, boolean example) {
}
