package se.tryggve.publicdata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.incidents.DistrictInfo;
import se.tryggve.incidents.Districts;
import se.tryggve.incidents.Position;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StateChanged;

/**
 * The police's open events feed as context events: import of a feed document (an uploaded file or one
 * fetch of the feed within its rate rule), the list. A feed item is stored once per municipality by its
 * id and updated when the police change it. All or nothing: one malformed item refuses the document, with
 * the item's position (1-based) and field in the message. One audit entry per import.
 */
@Service
public class ContextEvents {

    static final String POLICE = "POLICE";
    static final int MAX_ITEMS = 5000;
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The feed's datetime: "2025-06-14 22:31:07 +02:00"; the hour sometimes without its leading zero. */
    private static final DateTimeFormatter FEED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss xxx");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Districts districts;
    private final PublicDataSettingsService settings;
    private final PublicDataHttp http;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContextEvents(JdbcClient jdbc, Districts districts, PublicDataSettingsService settings, PublicDataHttp http,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.settings = settings;
        this.http = http;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did; {@code otherPlaces}: items of another place than the municipality, left out. */
    public record ImportResult(int created, int updated, int unchanged, int otherPlaces) {
    }

    private record Item(String externalId, Instant occurredAt, String type, String name, String summary, String url,
                        String locationName, Double latitude, Double longitude) {
    }

    /** Imports a feed document (a JSON array of the feed's items), e.g. an uploaded file. */
    @Transactional
    public ImportResult importPoliceEvents(long m, String json) {
        return importItems(m, parse(json), "file", false);
    }

    /** Fetches the feed for the municipality's place once (within the feed's rate rule) and imports it. */
    @Transactional
    public ImportResult fetchPoliceEvents(long m) {
        String body = http.fetchPoliceFeed(settings.policeFeedUrl(m), settings.contact(m));
        return importItems(m, parse(body), "url", false);
    }

    /** The demo's invented events, marked as example. */
    @Transactional
    ImportResult importExamples(long m, String json) {
        return importItems(m, parse(json), "demo", true);
    }

    /** Context events, newest first, optionally of one type and within a period of local dates (inclusive). */
    @Transactional(readOnly = true)
    public List<ContextEvent> contextEvents(long m, String type, LocalDate from, LocalDate to, int limit) {
        return query(m, null, type, from, to, limit);
    }

    private List<ContextEvent> query(long m, Long id, String type, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("""
                select e.id, e.source, e.external_id, e.occurred_at, e.event_type, e.name, e.summary, e.url, e.location_name,
                       e.latitude, e.longitude, e.district_id, d.name, e.example
                  from context_event e left join district d on d.id = e.district_id
                 where e.municipality_id = :m""");
        Map<String, Object> p = new HashMap<>();
        p.put("m", m);
        if (id != null) {
            sql.append(" and e.id = :id");
            p.put("id", id);
        }
        if (type != null && !type.isBlank()) {
            sql.append(" and e.event_type = :t");
            p.put("t", type.strip());
        }
        if (from != null) {
            sql.append(" and e.occurred_at >= :from");
            p.put("from", from.atStartOfDay(STOCKHOLM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" and e.occurred_at < :to");
            p.put("to", to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        sql.append(" order by e.occurred_at desc, e.id desc limit ").append(Math.max(1, Math.min(limit, 2000)));
        return jdbc.sql(sql.toString()).params(p).query((rs, n) -> new ContextEvent(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), (Double) rs.getObject(10, Double.class),
                (Double) rs.getObject(11, Double.class), (Long) rs.getObject(12, Long.class), rs.getString(13),
                rs.getBoolean(14))).list();
    }

    /** The types present, for the filter. */
    @Transactional(readOnly = true)
    public long countContextEvents(long m) {
        return jdbc.sql("select count(*) from context_event where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<String> types(long m) {
        return jdbc.sql("select distinct event_type from context_event where municipality_id = :m order by event_type")
                .param("m", m).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<ContextEvent> contextEvent(long m, long id) {
        return query(m, id, null, null, null, 1).stream().findFirst();
    }

    private static List<JsonNode> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new RuleViolationException("file", "publicdata.police.empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RuleViolationException("file", "publicdata.police.notJson");
        }
        if (root == null || !root.isArray()) {
            throw new RuleViolationException("file", "publicdata.police.notArray");
        }
        if (root.size() > MAX_ITEMS) {
            throw new RuleViolationException("file", "publicdata.police.tooMany", MAX_ITEMS);
        }
        List<JsonNode> items = new ArrayList<>();
        root.forEach(items::add);
        return items;
    }

    private ImportResult importItems(long m, List<JsonNode> nodes, String from, boolean example) {
        // First every item is checked, so a malformed one refuses the document before anything is written.
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Item item = item(i + 1, nodes.get(i));
            if (!ids.add(item.externalId())) {
                throw new RuleViolationException("items[" + (i + 1) + "]", "publicdata.police.item.duplicate", i + 1, item.externalId());
            }
            items.add(item);
        }
        String place = settings.policeLocation(m);
        boolean hasDistricts = districts.hasDistricts(m);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int others = 0;
        Instant now = clock.instant();
        for (Item it : items) {
            Position p = it.latitude() == null ? null : new Position(it.latitude(), it.longitude());
            DistrictInfo district = p == null ? null : districts.districtAt(m, p).orElse(null);
            // The feed names the place as the police do (a municipality, a county, "Stockholm"): an item is the
            // municipality's when it names it, or when its position lies in one of the municipality's districts.
            boolean ours = place.equalsIgnoreCase(Objects.requireNonNullElse(it.locationName(), "").strip())
                    || (hasDistricts && district != null);
            if (!ours) {
                others++;
                continue;
            }
            Long districtId = district == null ? null : district.id();
            var existing = jdbc.sql("""
                    select id, occurred_at, event_type, name, summary, url, location_name, latitude, longitude, district_id
                      from context_event where municipality_id = :m and source = :s and external_id = :x""")
                    .param("m", m).param("s", POLICE).param("x", it.externalId())
                    .query((rs, n) -> new Object[] {rs.getLong(1), new Item(it.externalId(), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            (Double) rs.getObject(8, Double.class), (Double) rs.getObject(9, Double.class)),
                            rs.getObject(10, Long.class)}).optional();
            if (existing.isEmpty()) {
                jdbc.sql("""
                        insert into context_event (municipality_id, source, external_id, occurred_at, event_type, name, summary, url,
                                                   location_name, latitude, longitude, district_id, example, imported_at)
                        values (:m, :s, :x, :t, :ty, :n, :su, :u, :l, :lat, :lon, :d, :ex, :now)""")
                        .param("m", m).param("s", POLICE).param("x", it.externalId()).param("t", utc(it.occurredAt()))
                        .param("ty", it.type()).param("n", it.name()).param("su", it.summary()).param("u", it.url())
                        .param("l", it.locationName()).param("lat", it.latitude()).param("lon", it.longitude())
                        .param("d", districtId).param("ex", example).param("now", utc(now)).update();
                created++;
            } else if (existing.get()[1].equals(it) && Objects.equals(existing.get()[2], districtId)) {
                unchanged++;
            } else {
                jdbc.sql("""
                        update context_event set occurred_at = :t, event_type = :ty, name = :n, summary = :su, url = :u,
                               location_name = :l, latitude = :lat, longitude = :lon, district_id = :d, imported_at = :now,
                               version = version + 1
                         where id = :id and municipality_id = :m""")
                        .param("t", utc(it.occurredAt())).param("ty", it.type()).param("n", it.name()).param("su", it.summary())
                        .param("u", it.url()).param("l", it.locationName()).param("lat", it.latitude()).param("lon", it.longitude())
                        .param("d", districtId).param("now", utc(now)).param("id", existing.get()[0]).param("m", m).update();
                updated++;
            }
        }
        events.publishEvent(StateChanged.of(m, "ContextEventImport", POLICE, "imported").value("from", from)
                .value("items", items.size()).value("created", created).value("updated", updated).value("unchanged", unchanged)
                .value("otherPlaces", others).build());
        return new ImportResult(created, updated, unchanged, others);
    }

    /** One feed item, checked; position is 1-based, as a person counts the items of the file. */
    static Item item(int position, JsonNode n) {
        String field = "items[" + position + "]";
        if (n == null || !n.isObject()) {
            throw new RuleViolationException(field, "publicdata.police.item.notObject", position);
        }
        String id = scalar(n.get("id"));
        if (id == null || id.length() > 40) {
            throw new RuleViolationException(field, "publicdata.police.item.field", position, "id");
        }
        String datetime = scalar(n.get("datetime"));
        Instant at;
        try {
            at = datetime == null ? null : OffsetDateTime.parse(datetime.strip(), FEED_TIME).toInstant();
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            throw new RuleViolationException(field, "publicdata.police.item.field", position, "datetime");
        }
        String name = required(n, "name", 300, position);
        String type = required(n, "type", 100, position);
        String summary = optional(n, "summary", 2000, position);
        String url = optional(n, "url", 500, position);
        JsonNode location = n.get("location");
        String locationName = null;
        Double lat = null;
        Double lon = null;
        if (location != null && !location.isNull()) {
            if (!location.isObject()) {
                throw new RuleViolationException(field, "publicdata.police.item.field", position, "location");
            }
            locationName = optional(location, "name", 200, position);
            String gps = scalar(location.get("gps"));
            if (gps != null) {
                String[] parts = gps.split(",");
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException(gps);
                    }
                    lat = new BigDecimal(parts[0].strip()).doubleValue();
                    lon = new BigDecimal(parts[1].strip()).doubleValue();
                } catch (NumberFormatException e) {
                    lat = Double.NaN;
                }
                if (lat.isNaN() || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    throw new RuleViolationException(field, "publicdata.police.item.field", position, "location.gps");
                }
            }
        }
        return new Item(id, at, type, name, summary, url, locationName, lat, lon);
    }

    private static String required(JsonNode n, String name, int max, int position) {
        String v = optional(n, name, max, position);
        if (v == null) {
            throw new RuleViolationException("items[" + position + "]", "publicdata.police.item.field", position, name);
        }
        return v;
    }

    private static String optional(JsonNode n, String name, int max, int position) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = scalar(v);
        if (!v.isValueNode() || (s != null && s.length() > max)) {
            throw new RuleViolationException("items[" + position + "]", "publicdata.police.item.field", position, name);
        }
        return s;
    }

    private static String scalar(JsonNode v) {
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
