package se.tryggve.open311;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.tryggve.open311.ServiceAttribute.Datatype;

/**
 * Checks the {@code attribute[CODE]} values of a POST against the service definition and turns them
 * into text for the incident: a required attribute must be there, a list value must be one of the
 * definition's keys, a number must be a number, a datetime ISO 8601. Several values of a
 * multivaluelist ({@code attribute[CODE][]=a&attribute[CODE][]=b}) are kept comma-separated. Codes the
 * definition does not know are ignored, as a client built for an older definition may send them.
 */
final class AttributeValues {

    static final int MAX_LENGTH = 1000;

    private AttributeValues() {
    }

    static Map<String, String> validate(ServiceDefinition service, Map<String, List<String>> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ServiceAttribute a : service.attributes()) {
            if (!a.variable()) {
                continue;
            }
            List<String> values = given.getOrDefault(a.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
            if (values.isEmpty()) {
                if (a.required()) {
                    throw Open311Requests.bad("open311.error.attribute.required", a.code());
                }
                continue;
            }
            if (a.datatype() != Datatype.MULTIVALUELIST && values.size() > 1) {
                throw Open311Requests.bad("open311.error.attribute.single", a.code());
            }
            String value = values.get(0);
            switch (a.datatype()) {
                case SINGLEVALUELIST -> requireKey(a, value);
                case MULTIVALUELIST -> {
                    values.forEach(v -> requireKey(a, v));
                    value = String.join(",", values.stream().distinct().toList());
                }
                case NUMBER -> {
                    try {
                        new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        throw Open311Requests.bad("open311.error.attribute.number", a.code());
                    }
                }
                case DATETIME -> Open311Requests.instant(value, "attribute[" + a.code() + "]");
                case STRING, TEXT -> { }
            }
            if (value.length() > MAX_LENGTH) {
                throw Open311Requests.bad("open311.error.tooLong", "attribute[" + a.code() + "]", MAX_LENGTH);
            }
            out.put(a.code(), value);
        }
        return out;
    }

    private static void requireKey(ServiceAttribute a, String value) {
        if (a.values().stream().noneMatch(v -> v.key().equals(value))) {
            throw Open311Requests.bad("open311.error.attribute.notInList", a.code(), value);
        }
    }
}
