package se.tryggve.organisation;

/** A body as pages, the API and later modules see it. */
public record BodyInfo(long id, String name, String shortName, BodyType type, Long parentId, boolean active,
                       long version) {
}
