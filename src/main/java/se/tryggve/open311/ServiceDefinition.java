package se.tryggve.open311;

import java.util.List;

/**
 * An incident category as an Open311 service: the category's code, name and description, how it is
 * offered ({@code type} realtime, batch or blackbox; keywords; group) and its attributes in order.
 * {@code configured} is false while the built-in defaults apply.
 */
public record ServiceDefinition(String serviceCode, String serviceName, String description, String type,
                                String keywords, String group, List<ServiceAttribute> attributes, boolean configured,
                                boolean graffiti, boolean offensive) {

    public static final List<String> TYPES = List.of("realtime", "batch", "blackbox");

    public ServiceDefinition {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** GeoReport v2 {@code metadata}: true when the client must fetch the definition for attributes. */
    public boolean metadata() {
        return !attributes.isEmpty();
    }

    public boolean batch() {
        return "batch".equals(type);
    }
}
