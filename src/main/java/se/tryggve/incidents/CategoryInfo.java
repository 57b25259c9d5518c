package se.tryggve.incidents;

/** A configurable incident category; each active one is an Open311 service with {@code code} as service_code. */
public record CategoryInfo(long id, String code, String name, String description, Guideline guideline, boolean offensive,
                           boolean active) {

    /** Which guideline follows the category up. */
    public enum Guideline {
        GRAFFITI, OTHER
    }
}
