package se.tryggve.incidents;

/**
 * A configurable incident category; each active one with {@code open311} is an Open311 service with {@code code} as
 * service_code (the EST categories of partner reports are not).
 */
public record CategoryInfo(long id, String code, String name, String description, Guideline guideline, boolean offensive,
                           boolean active, boolean open311) {

    public CategoryInfo(long id, String code, String name, String description, Guideline guideline, boolean offensive,
                        boolean active) {
        this(id, code, name, description, guideline, offensive, active, true);
    }

    /** Which guideline follows the category up. */
    public enum Guideline {
        GRAFFITI, OTHER
    }
}
