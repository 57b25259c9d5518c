package se.tryggve.open311;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.tryggve.incidents.CategoryInfo;
import se.tryggve.incidents.IncidentDirectory;
import se.tryggve.open311.ServiceAttribute.Datatype;
import se.tryggve.open311.ServiceAttribute.Value;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The Open311 services of a municipality: its active incident categories (owned by the incidents
 * module), each with the service definition stored here, or the built-in defaults while none is
 * stored. Administrators and coordinators configure a definition by replacing it as a whole.
 * <p>
 * Every POST validates against the definition, so the assembled list is cached per municipality for
 * a few seconds and dropped when a definition is saved here. A category switched off in the incidents
 * module may be offered for those seconds more; the incidents module still refuses a report to it.
 */
@Service
public class ServiceDefinitions {

    static final long CACHE_MILLIS = 5_000;
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,60}");

    private record Cached(List<ServiceDefinition> services, long loadedAtNanos) {
    }

    private final JdbcClient jdbc;
    private final IncidentDirectory incidents;
    private final ApplicationEventPublisher events;
    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<>();

    ServiceDefinitions(JdbcClient jdbc, IncidentDirectory incidents, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.events = events;
    }

    /** The services offered: the active categories in the incidents module's order. */
    public List<ServiceDefinition> services(long m) {
        Cached c = cache.get(m);
        if (c == null || System.nanoTime() - c.loadedAtNanos() > CACHE_MILLIS * 1_000_000L) {
            c = new Cached(load(m, true), System.nanoTime());
            cache.put(m, c);
        }
        return c.services();
    }

    /** One offered service, or empty for an unknown or inactive code. */
    public Optional<ServiceDefinition> service(long m, String code) {
        return services(m).stream().filter(s -> s.serviceCode().equals(code)).findFirst();
    }

    /** Every category's definition, inactive ones too, for the configuration pages. */
    @Transactional(readOnly = true)
    public List<ServiceDefinition> allDefinitions(long m) {
        return load(m, false);
    }

    @Transactional(readOnly = true)
    public ServiceDefinition findDefinition(long m, String code) {
        return load(m, false).stream().filter(s -> s.serviceCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Open311Service", code));
    }

    /** Replaces a category's service definition (type, keywords, group and all attributes). */
    @Transactional
    public ServiceDefinition configureService(long m, String code, ServiceDefinitionInput in) {
        ServiceDefinition before = findDefinition(m, code);
        String type = in.getType() == null || in.getType().isBlank() ? "realtime" : in.getType().trim();
        if (!ServiceDefinition.TYPES.contains(type)) {
            throw new RuleViolationException("type", "open311.service.type.invalid");
        }
        String keywords = trimToNull(in.getKeywords(), 500, "keywords");
        String group = trimToNull(in.getGroup(), 200, "group");
        List<ServiceAttribute> attributes = validAttributes(in.getAttributes());

        Long serviceId = jdbc.sql("select id from open311_service where municipality_id = :m and service_code = :c")
                .param("m", m).param("c", code).query(Long.class).optional().orElse(null);
        if (serviceId == null) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into open311_service (municipality_id, service_code, service_type, keywords, service_group)
                    values (:m, :c, :t, :k, :g)""").param("m", m).param("c", code).param("t", type).param("k", keywords)
                    .param("g", group).update(keys, "id");
            serviceId = keys.getKey().longValue();
        } else {
            jdbc.sql("""
                    update open311_service set service_type = :t, keywords = :k, service_group = :g, version = version + 1
                     where id = :id and municipality_id = :m""").param("t", type).param("k", keywords).param("g", group)
                    .param("id", serviceId).param("m", m).update();
            jdbc.sql("""
                    delete from open311_attribute_value where municipality_id = :m and attribute_id in
                      (select id from open311_attribute where service_id = :s)""").param("m", m).param("s", serviceId).update();
            jdbc.sql("delete from open311_attribute where municipality_id = :m and service_id = :s")
                    .param("m", m).param("s", serviceId).update();
        }
        for (ServiceAttribute a : attributes) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into open311_attribute (municipality_id, service_id, code, variable, datatype, required,
                      datatype_description, sort_order, description)
                    values (:m, :s, :code, :var, :dt, :req, :dd, :o, :d)""")
                    .param("m", m).param("s", serviceId).param("code", a.code()).param("var", a.variable())
                    .param("dt", a.datatype().code()).param("req", a.required()).param("dd", a.datatypeDescription())
                    .param("o", a.order()).param("d", a.description()).update(keys, "id");
            long attributeId = keys.getKey().longValue();
            int i = 0;
            for (Value v : a.values()) {
                jdbc.sql("""
                        insert into open311_attribute_value (municipality_id, attribute_id, value_key, value_name, sort_order)
                        values (:m, :a, :k, :n, :o)""").param("m", m).param("a", attributeId).param("k", v.key())
                        .param("n", v.name()).param("o", i++).update();
            }
        }
        ServiceDefinition after = findDefinition(m, code);
        events.publishEvent(StateChanged.of(m, "Open311Service", code, before.configured() ? "updated" : "created")
                .field("type", before.type(), after.type()).field("keywords", before.keywords(), after.keywords())
                .field("group", before.group(), after.group())
                .field("attributes", summary(before.attributes()), summary(after.attributes())).build());
        dropCacheAfterCommit(m);
        return after;
    }

    private void dropCacheAfterCommit(long m) {
        cache.remove(m);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(m);
                }
            });
        }
    }

    private static String summary(List<ServiceAttribute> attributes) {
        return attributes.stream().map(a -> a.code() + ":" + a.datatype().code() + (a.required() ? "*" : "")
                + (a.values().isEmpty() ? "" : a.values().stream().map(Value::key).toList().toString())).toList().toString();
    }

    private static String trimToNull(String s, int max, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.trim().length() > max) {
            throw new RuleViolationException(field, "open311.service.tooLong", max);
        }
        return s.trim();
    }

    private static List<ServiceAttribute> validAttributes(List<ServiceDefinitionInput.Attribute> in) {
        List<ServiceAttribute> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int position = 0;
        for (ServiceDefinitionInput.Attribute a : in) {
            position++;
            String field = "attributes[" + (position - 1) + "]";
            String code = a.code() == null ? "" : a.code().trim();
            if (!CODE.matcher(code).matches()) {
                throw new RuleViolationException(field + ".code", "open311.attribute.code.invalid");
            }
            if (!codes.add(code)) {
                throw new RuleViolationException(field + ".code", "open311.attribute.code.duplicate", code);
            }
            Datatype datatype = Datatype.of(a.datatype() == null ? "" : a.datatype().trim());
            if (datatype == null) {
                throw new RuleViolationException(field + ".datatype", "open311.attribute.datatype.invalid");
            }
            String description = a.description() == null ? "" : a.description().trim();
            if (description.isEmpty() || description.length() > 1000) {
                throw new RuleViolationException(field + ".description", "open311.attribute.description.invalid");
            }
            String dd = a.datatypeDescription() == null || a.datatypeDescription().isBlank() ? null : a.datatypeDescription().trim();
            if (dd != null && dd.length() > 500) {
                throw new RuleViolationException(field + ".datatypeDescription", "open311.service.tooLong", 500);
            }
            List<Value> values = a.values() == null ? List.of() : a.values();
            Map<String, Value> byKey = new LinkedHashMap<>();
            for (Value v : values) {
                String key = v == null || v.key() == null ? "" : v.key().trim();
                String name = v == null || v.name() == null ? "" : v.name().trim();
                if (key.isEmpty() || key.length() > 100 || key.contains(",") || name.isEmpty() || name.length() > 200) {
                    throw new RuleViolationException(field + ".values", "open311.attribute.value.invalid");
                }
                if (byKey.put(key, new Value(key, name)) != null) {
                    throw new RuleViolationException(field + ".values", "open311.attribute.value.duplicate", key);
                }
            }
            if (datatype.isList() && byKey.isEmpty()) {
                throw new RuleViolationException(field + ".values", "open311.attribute.values.required");
            }
            if (!datatype.isList() && !byKey.isEmpty()) {
                throw new RuleViolationException(field + ".values", "open311.attribute.values.notAllowed");
            }
            boolean variable = a.variable() == null || a.variable();
            out.add(new ServiceAttribute(code, variable, datatype, variable && Boolean.TRUE.equals(a.required()), dd,
                    a.order() == null ? position : a.order(), description, List.copyOf(byKey.values())));
        }
        out.sort(java.util.Comparator.comparingInt(ServiceAttribute::order));
        return out;
    }

    private List<ServiceDefinition> load(long m, boolean activeOnly) {
        List<CategoryInfo> categories = incidents.categories(m);
        record Row(long id, String code, String type, String keywords, String group) {
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select id, service_code, service_type, keywords, service_group from open311_service where municipality_id = :m")
                .param("m", m).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list().forEach(r -> rows.put(r.code(), r));
        Map<Long, List<Value>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select attribute_id, value_key, value_name from open311_attribute_value where municipality_id = :m
                 order by attribute_id, sort_order""").param("m", m)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Value(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<ServiceAttribute>> attributes = new LinkedHashMap<>();
        jdbc.sql("""
                select id, service_id, code, variable, datatype, required, datatype_description, sort_order, description
                  from open311_attribute where municipality_id = :m order by service_id, sort_order, id""").param("m", m)
                .query(rs -> {
                    attributes.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ServiceAttribute(rs.getString(3),
                            rs.getBoolean(4), Datatype.of(rs.getString(5)), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
                            rs.getString(9), values.getOrDefault(rs.getLong(1), List.of())));
                });
        List<ServiceDefinition> out = new ArrayList<>();
        for (CategoryInfo c : categories) {
            // the EST categories (issue 6) are not offered to the public's apps
            if (activeOnly && (!c.active() || !c.open311())) {
                continue;
            }
            boolean graffiti = c.guideline() == CategoryInfo.Guideline.GRAFFITI;
            Row row = rows.get(c.code());
            if (row == null) {
                out.add(new ServiceDefinition(c.code(), c.name(), c.description(), "realtime",
                        DefaultServiceDefinitions.keywords(graffiti), DefaultServiceDefinitions.group(graffiti),
                        DefaultServiceDefinitions.attributes(graffiti, c.offensive()), false, graffiti, c.offensive()));
            } else {
                out.add(new ServiceDefinition(c.code(), c.name(), c.description(), row.type(), row.keywords(), row.group(),
                        attributes.getOrDefault(row.id(), List.of()), true, graffiti, c.offensive()));
            }
        }
        return List.copyOf(out);
    }
}
