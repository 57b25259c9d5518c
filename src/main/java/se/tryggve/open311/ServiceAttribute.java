package se.tryggve.open311;

import java.util.List;

/**
 * One attribute of a GeoReport v2 service definition. {@code variable} false marks an informational
 * text the client only shows. {@code values} are the choices of the two list datatypes, empty otherwise.
 */
public record ServiceAttribute(String code, boolean variable, Datatype datatype, boolean required,
                               String datatypeDescription, int order, String description, List<Value> values) {

    public ServiceAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A choice of a list attribute: the key the client sends, the name it shows. */
    public record Value(String key, String name) {
    }

    /** The datatypes the specification defines, written in lower case as it does. */
    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isList() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }

        public static Datatype of(String code) {
            for (Datatype d : values()) {
                if (d.code().equals(code)) {
                    return d;
                }
            }
            return null;
        }
    }
}
