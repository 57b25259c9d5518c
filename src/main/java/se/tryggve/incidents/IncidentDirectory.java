package se.tryggve.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;

/**
 * Reads of the incident register, scoped by municipality: one incident, a filtered list, the
 * categories, an incident's details and photo files. Nothing here returns the reporter's personal
 * data except {@link #reporterContact}, which only the incident's handlers may call.
 */
@Service
@Transactional(readOnly = true)
public class IncidentDirectory {

    /** The largest page a search returns, so a list or the map never loads the whole register at once. */
    public static final int MAX_LIMIT = 10_000;

    static final String COLUMNS = """
            select i.id, c.code, c.name, i.offensive, i.status, i.status_note, i.channel, i.reported_at, i.updated_at,
                   i.latitude, i.longitude, i.address, i.district_id, d.name, i.description, i.media_url, i.removed_at,
                   i.removal_minutes, i.within_target, i.version
              from incident i
              join incident_category c on c.id = i.category_id
              left join district d on d.id = i.district_id
            """;

    private final JdbcClient jdbc;

    IncidentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentView> findIncident(long m, long id) {
        return jdbc.sql(COLUMNS + " where i.municipality_id = :m and i.id = :id").param("m", m).param("id", id)
                .query(IncidentDirectory::row).optional().map(v -> withAttributes(List.of(v)).get(0));
    }

    /** The register filtered as the query says, newest report first. */
    public List<IncidentView> searchIncidents(long m, IncidentQuery q) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where i.municipality_id = :m");
        Map<String, Object> params = new HashMap<>();
        params.put("m", m);
        where(q, sql, params);
        int limit = q == null || q.limit() <= 0 ? 50 : Math.min(q.limit(), MAX_LIMIT);
        int offset = q == null ? 0 : Math.max(0, q.offset());
        sql.append(" order by i.reported_at desc, i.id desc limit ").append(limit).append(" offset ").append(offset);
        return withAttributes(jdbc.sql(sql.toString()).params(params).query(IncidentDirectory::row).list());
    }

    /** How many incidents the query matches, ignoring its limit and offset. */
    public long countIncidents(long m, IncidentQuery q) {
        StringBuilder sql = new StringBuilder("select count(*) from incident i join incident_category c on c.id = i.category_id where i.municipality_id = :m");
        Map<String, Object> params = new HashMap<>();
        params.put("m", m);
        where(q, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(IncidentQuery q, StringBuilder sql, Map<String, Object> params) {
        if (q == null) {
            return;
        }
        if (q.ids() != null && !q.ids().isEmpty()) {
            sql.append(" and i.id in (:ids)");
            params.put("ids", q.ids());
        }
        if (q.categoryCodes() != null && !q.categoryCodes().isEmpty()) {
            sql.append(" and c.code in (:codes)");
            params.put("codes", q.categoryCodes());
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            sql.append(" and i.status in (:statuses)");
            params.put("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.from() != null) {
            sql.append(" and i.reported_at >= :from");
            params.put("from", utc(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and i.reported_at < :to");
            params.put("to", utc(q.to()));
        }
        if (q.districtId() != null) {
            sql.append(" and i.district_id = :district");
            params.put("district", q.districtId());
        }
        if (q.channel() != null) {
            sql.append(" and i.channel = :channel");
            params.put("channel", q.channel().name());
        }
        if (q.partnerOrganisationId() != null) {
            sql.append(" and i.partner_organisation_id = :partner");
            params.put("partner", q.partnerOrganisationId());
        }
        if (q.reviewed() != null) {
            sql.append(q.reviewed() ? " and i.reviewed_at is not null" : " and i.reviewed_at is null");
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and (lower(coalesce(i.description, '')) like :text or lower(coalesce(i.address, '')) like :text)");
            params.put("text", "%" + q.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
    }

    /** The partner organisation whose report the incident is; empty for other incidents and unknown ids. */
    public Optional<Long> partnerOrganisationOf(long m, long id) {
        return jdbc.sql("select partner_organisation_id from incident where municipality_id = :m and id = :id")
                .param("m", m).param("id", id).query((rs, n) -> rs.getObject(1, Long.class)).optional()
                .flatMap(Optional::ofNullable);
    }

    /** The partner report's own fields and its review, for the partner and review pages. */
    public record PartnerFields(Long partnerOrganisationId, boolean policeReported, String policeReportNumber,
                                Instant reviewedAt, String reviewedBy, Long duplicateOf) {
    }

    public Optional<PartnerFields> partnerFields(long m, long id) {
        return jdbc.sql("""
                select partner_organisation_id, police_reported, police_report_number, reviewed_at, reviewed_by, duplicate_of
                  from incident where municipality_id = :m and id = :id""").param("m", m).param("id", id)
                .query((rs, n) -> new PartnerFields(rs.getObject(1, Long.class), rs.getBoolean(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getObject(6, Long.class))).optional();
    }

    /**
     * The coordinator's review queue: partner reports not yet reviewed (and not merged as duplicates), and
     * open reports of any channel that still have no position (an Open311 report with an address only), oldest
     * first, so nothing waits longest.
     */
    public List<IncidentView> reviewQueue(long m, int limit) {
        return withAttributes(jdbc.sql(COLUMNS + """
                 where i.municipality_id = :m and i.status <> 'DUPLICATE'
                   and ((i.partner_organisation_id is not null and i.reviewed_at is null)
                     or (i.partner_organisation_id is null and i.latitude is null and i.status in ('REPORTED', 'ASSIGNED')))
                 order by i.reported_at, i.id limit :l""").param("m", m).param("l", Math.max(1, Math.min(limit, MAX_LIMIT)))
                .query(IncidentDirectory::row).list());
    }

    /** How many partner reports wait for review. */
    public long countReviewQueue(long m) {
        return jdbc.sql("""
                select count(*) from incident where municipality_id = :m and status <> 'DUPLICATE'
                   and ((partner_organisation_id is not null and reviewed_at is null)
                     or (partner_organisation_id is null and latitude is null and status in ('REPORTED', 'ASSIGNED')))""").param("m", m).query(Long.class).single();
    }

    /** All categories of the municipality, active and not, in their order. */
    public List<CategoryInfo> categories(long m) {
        return jdbc.sql("select id, code, name, description, guideline, offensive, active, open311 from incident_category where municipality_id = :m order by sort_order, name")
                .param("m", m).query(IncidentDirectory::category).list();
    }

    public Optional<CategoryInfo> findCategory(long m, String code) {
        return jdbc.sql("select id, code, name, description, guideline, offensive, active, open311 from incident_category where municipality_id = :m and code = :c")
                .param("m", m).param("c", code).query(IncidentDirectory::category).optional();
    }

    public Optional<CategoryInfo> findCategory(long m, long id) {
        return jdbc.sql("select id, code, name, description, guideline, offensive, active, open311 from incident_category where municipality_id = :m and id = :id")
                .param("m", m).param("id", id).query(IncidentDirectory::category).optional();
    }

    long categoryVersion(long m, long id) {
        return jdbc.sql("select version from incident_category where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("IncidentCategory", id));
    }

    /** The incident with its handling fields, steps, costs and photos; 404 when not in the municipality. */
    public IncidentDetails details(long m, long id) {
        IncidentView view = findIncident(m, id).orElseThrow(() -> new NotFoundException("Incident", id));
        record Extra(Instant receivedAt, String propertyOwner, String policeReportNumber, boolean policeReported,
                     String assignedTo, Instant assignedAt, Instant closedAt, Long duplicateOf, String clientApp) {
        }
        Extra x = jdbc.sql("""
                select received_at, property_owner, police_report_number, police_reported, assigned_to, assigned_at, closed_at,
                       duplicate_of, client_app from incident where municipality_id = :m and id = :id""")
                .param("m", m).param("id", id).query((rs, n) -> new Extra(instant(rs, 1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getObject(8, Long.class),
                        rs.getString(9))).single();
        List<IncidentDetails.Step> steps = jdbc.sql("select status, occurred_at, username, note from incident_step where municipality_id = :m and incident_id = :id order by id")
                .param("m", m).param("id", id).query((rs, n) -> new IncidentDetails.Step(IncidentStatus.valueOf(rs.getString(1)),
                        instant(rs, 2), rs.getString(3), rs.getString(4))).list();
        List<IncidentDetails.Cost> costs = jdbc.sql("select id, amount, contractor, cost_date, created_at, username from incident_cost where municipality_id = :m and incident_id = :id order by cost_date, id")
                .param("m", m).param("id", id).query((rs, n) -> new IncidentDetails.Cost(rs.getLong(1), rs.getBigDecimal(2),
                        rs.getString(3), rs.getObject(4, java.time.LocalDate.class), instant(rs, 5), rs.getString(6))).list();
        List<IncidentDetails.Photo> photos = jdbc.sql("select id, purpose, file_name, content_type, file_size, created_at, username from incident_photo where municipality_id = :m and incident_id = :id order by id")
                .param("m", m).param("id", id).query((rs, n) -> new IncidentDetails.Photo(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), instant(rs, 6), rs.getString(7))).list();
        return new IncidentDetails(view, x.receivedAt(), x.propertyOwner(), x.policeReportNumber(), x.policeReported(),
                x.assignedTo(), x.assignedAt(), x.closedAt(), x.duplicateOf(), x.clientApp(), steps, costs, photos);
    }

    /** A photo file with its bytes; 404 unless it belongs to this incident of this municipality. */
    public PhotoFile photo(long m, long incidentId, long photoId) {
        return jdbc.sql("select file_name, content_type, content from incident_photo where municipality_id = :m and incident_id = :i and id = :id")
                .param("m", m).param("i", incidentId).param("id", photoId)
                .query((rs, n) -> new PhotoFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("IncidentPhoto", photoId));
    }

    /** A stored photo. */
    public record PhotoFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * The personal data the reporter gave, for handling the incident only (GDPR art. 5(1)(b)); never
     * for Open311 GET or any public answer. Empty when none was given.
     */
    public Optional<ReporterContact> reporterContact(long m, long incidentId) {
        return jdbc.sql("""
                select r.email, r.first_name, r.last_name, r.phone, r.device_id, r.account_id
                  from incident_reporter r join incident i on i.id = r.incident_id
                 where i.municipality_id = :m and i.id = :id""").param("m", m).param("id", incidentId)
                .query((rs, n) -> new ReporterContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).optional();
    }

    private List<IncidentView> withAttributes(List<IncidentView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<Long, Map<String, String>> byIncident = new HashMap<>();
        List<Long> ids = views.stream().map(IncidentView::id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select incident_id, code, attribute_value from incident_attribute where incident_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        byIncident.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                    });
        }
        if (byIncident.isEmpty()) {
            return views;
        }
        List<IncidentView> out = new ArrayList<>(views.size());
        for (IncidentView v : views) {
            Map<String, String> a = byIncident.get(v.id());
            out.add(a == null ? v : new IncidentView(v.id(), v.categoryCode(), v.categoryName(), v.offensive(), v.status(),
                    v.statusNote(), v.channel(), v.reportedAt(), v.updatedAt(), v.position(), v.address(), v.districtId(),
                    v.districtName(), v.description(), v.mediaUrl(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(a)),
                    v.removedAt(), v.removalMinutes(), v.withinTarget(), v.version()));
        }
        return out;
    }

    static IncidentView row(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble(10);
        boolean hasLat = !rs.wasNull();
        double lon = rs.getDouble(11);
        boolean hasLon = !rs.wasNull();
        return new IncidentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                IncidentStatus.valueOf(rs.getString(5)), rs.getString(6), Channel.valueOf(rs.getString(7)), instant(rs, 8),
                instant(rs, 9), hasLat && hasLon ? new Position(lat, lon) : null, rs.getString(12),
                rs.getObject(13, Long.class), rs.getString(14), rs.getString(15), rs.getString(16), Map.of(), instant(rs, 17),
                rs.getObject(18, Integer.class), rs.getObject(19, Boolean.class), rs.getLong(20));
    }

    static CategoryInfo category(ResultSet rs, int n) throws SQLException {
        return new CategoryInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                CategoryInfo.Guideline.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8));
    }

    static Instant instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
