package se.tryggve.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.StateChanged;

/**
 * Writes and reads the audit log. The log is append-only by construction: this class is the only
 * code that touches the table and it has no update or delete.
 */
@Service
public class AuditLog {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry as the administrator sees it. */
    public record Entry(long id, Instant occurredAt, String actor, String objectType, String objectId, String action,
                        Map<String, Map<String, Object>> changes) {
    }

    /** Filters of the audit page and API; null means "any". */
    public record Filter(String actor, String objectType, String objectId, String action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /**
     * Runs in the publisher's transaction (MANDATORY where one exists): if the audit entry cannot be
     * written, the change itself is rolled back.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(StateChanged event) {
        String changes;
        try {
            changes = json.writeValueAsString(event.changes());
        } catch (Exception e) {
            changes = "{}";
        }
        jdbc.sql("""
                insert into audit_entry (municipality_id, occurred_at, actor, object_type, object_id, action, changes)
                values (:m, :t, :actor, :type, :oid, :action, :changes)""")
                .param("m", event.municipalityId())
                .param("t", Timestamp.from(clock.instant()))
                .param("actor", CurrentUser.actorName())
                .param("type", event.objectType())
                .param("oid", event.objectId())
                .param("action", event.action())
                .param("changes", changes)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> search(long municipalityId, Filter f, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where municipality_id = :m");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("m", municipalityId);
        where(f, sql, params);
        sql.append(" order by occurred_at desc, id desc limit :limit offset :offset");
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Entry(rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("action"), parse(rs.getString("changes")))).list();
    }

    /** One entry of the municipality; another municipality's entry is as absent as a missing one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Entry> find(long municipalityId, long id) {
        return jdbc.sql("select * from audit_entry where municipality_id = :m and id = :id")
                .param("m", municipalityId).param("id", id)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("action"), parse(rs.getString("changes")))).optional();
    }

    @Transactional(readOnly = true)
    public long count(long municipalityId, Filter f) {
        StringBuilder sql = new StringBuilder("select count(*) from audit_entry where municipality_id = :m");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("m", municipalityId);
        where(f, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(Filter f, StringBuilder sql, Map<String, Object> params) {
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" and lower(actor) = lower(:actor)");
            params.put("actor", f.actor().trim());
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            sql.append(" and object_type = :type");
            params.put("type", f.objectType().trim());
        }
        if (f.objectId() != null && !f.objectId().isBlank()) {
            sql.append(" and object_id = :oid");
            params.put("oid", f.objectId().trim());
        }
        if (f.action() != null && !f.action().isBlank()) {
            sql.append(" and action = :action");
            params.put("action", f.action().trim());
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(STOCKHOLM).toInstant()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(STOCKHOLM).toInstant()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> parse(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (Exception e) {
            return Map.of();
        }
    }

    @Transactional(readOnly = true)
    public List<String> objectTypes(long municipalityId) {
        return new ArrayList<>(jdbc.sql("select distinct object_type from audit_entry where municipality_id = :m order by object_type")
                .param("m", municipalityId).query(String.class).list());
    }
}
