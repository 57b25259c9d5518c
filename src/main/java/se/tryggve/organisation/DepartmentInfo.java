package se.tryggve.organisation;

/** A department as pages and the API show it. */
public record DepartmentInfo(long id, String name, String shortName, boolean active, long version) {
}
