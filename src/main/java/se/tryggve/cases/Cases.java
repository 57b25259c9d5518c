package se.tryggve.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/** Use cases on cases: register (or import with a stated number), update, change status, add documents. */
@Service
public class Cases {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The kinds of history steps; each has a label cases.event.&lt;kind&gt; in the bundles. */
    public static final java.util.Set<String> HISTORY_KINDS = java.util.Set.of("REGISTERED", "UPDATED", "STATUS", "DOCUMENT_ADDED",
            "PARAGRAPH");
    private static final String CASE_COLUMNS = """
            select c.id, c.registry_id, r.code, c.case_year, c.serial, c.case_number, c.title, c.classification,
                   c.department_id, c.officer, c.status, c.created_at, c.version
              from case_file c join case_registry r on r.id = c.registry_id
            """;
    private static final String DOC_COLUMNS = """
            select id, case_id, kind, title, document_date, department_id, body, parent_document_id, annex_number,
                   file_name, content_type, file_size from case_document
            """;

    private final JdbcClient jdbc;
    private final Registries registries;
    private final CaseSerials serials;
    private final DepartmentDirectory departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseRegistrationCombiner combiner;

    Cases(JdbcClient jdbc, Registries registries, CaseSerials serials, DepartmentDirectory departments,
          ApplicationEventPublisher events, Clock clock, CaseRegistrationCombiner combiner) {
        this.combiner = combiner;
        this.jdbc = jdbc;
        this.registries = registries;
        this.serials = serials;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    /** Filter of the case list; null or blank parts are left out. */
    public record Filter(String text, Long registryId, Integer year, CaseStatus status, Long departmentId) {
    }

    @Transactional(readOnly = true)
    public List<CaseInfo> searchCases(long m, Filter f) {
        StringBuilder sql = new StringBuilder(CASE_COLUMNS).append(" where c.municipality_id = :m");
        var spec = new java.util.LinkedHashMap<String, Object>();
        spec.put("m", m);
        if (f != null) {
            if (f.text() != null && !f.text().isBlank()) {
                sql.append(" and (lower(c.case_number) like :q or lower(c.title) like :q or lower(coalesce(c.officer, '')) like :q)");
                spec.put("q", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
            }
            if (f.registryId() != null) {
                sql.append(" and c.registry_id = :r");
                spec.put("r", f.registryId());
            }
            if (f.year() != null) {
                sql.append(" and c.case_year = :y");
                spec.put("y", f.year());
            }
            if (f.status() != null) {
                sql.append(" and c.status = :s");
                spec.put("s", f.status().name());
            }
            if (f.departmentId() != null) {
                sql.append(" and c.department_id = :d");
                spec.put("d", f.departmentId());
            }
        }
        sql.append(" order by c.case_year desc, c.id desc");
        return jdbc.sql(sql.toString()).params(spec).query(Cases::caseRow).list();
    }

    @Transactional(readOnly = true)
    public CaseInfo findCase(long m, long id) {
        return jdbc.sql(CASE_COLUMNS + " where c.municipality_id = :m and c.id = :id").param("m", m).param("id", id)
                .query(Cases::caseRow).optional().orElseThrow(() -> new NotFoundException("Case", id));
    }

    @Transactional(readOnly = true)
    public CaseDetails details(long m, long id) {
        CaseInfo c = findCase(m, id);
        return new CaseDetails(c, documents(m, id), history(m, id));
    }

    /** Documents in reading order: each official report followed by its annexes 1..n. */
    @Transactional(readOnly = true)
    public List<CaseDocument> documents(long m, long caseId) {
        List<CaseDocument> all = jdbc.sql(DOC_COLUMNS + " where municipality_id = :m and case_id = :c order by id")
                .param("m", m).param("c", caseId).query(Cases::docRow).list();
        List<CaseDocument> ordered = new ArrayList<>();
        for (CaseDocument d : all) {
            if (d.parentDocumentId() == null) {
                ordered.add(d);
                all.stream().filter(a -> Objects.equals(a.parentDocumentId(), d.id()))
                        .sorted(java.util.Comparator.comparing(CaseDocument::annexNumber)).forEach(ordered::add);
            }
        }
        return ordered;
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> history(long m, long caseId) {
        return jdbc.sql("select occurred_at, kind, text, username from case_event where municipality_id = :m and case_id = :c order by id")
                .param("m", m).param("c", caseId)
                .query((rs, n) -> new CaseEvent(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    @Transactional(readOnly = true)
    public StoredFile file(long m, long caseId, long documentId) {
        return jdbc.sql("select file_name, content_type, content from case_document where municipality_id = :m and case_id = :c and id = :d and content is not null")
                .param("m", m).param("c", caseId).param("d", documentId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("CaseDocument", documentId));
    }

    /**
     * Registers a case: with no serial in the input the registry's next serial of the year is allocated
     * (gapless); with a serial an existing case is imported under its number, refused if taken.
     */
    public CaseInfo registerCase(long m, CaseInput in) {
        return combiner.register(m, in);
    }

    /** The registration itself; {@link CaseRegistrationCombiner} decides which transaction it runs in. */
    @Transactional
    CaseInfo registerNow(long m, CaseInput in) {
        Registry registry = registries.findRegistry(m, in.getRegistryId());
        int year = in.getYear() != null ? in.getYear() : LocalDate.now(clock.withZone(STOCKHOLM)).getYear();
        String classification = blankToNull(in.getClassification());
        CaseNumberFormat format = registry.format();
        if (format.usesClassification() && classification == null) {
            throw new RuleViolationException("classification", "cases.classification.required");
        }
        checkDepartment(m, in.getDepartmentId());
        int serial;
        if (in.getSerial() != null) {
            serial = in.getSerial();
            boolean taken = jdbc.sql("select count(*) from case_file where municipality_id = :m and registry_id = :r and case_year = :y and serial = :s")
                    .param("m", m).param("r", registry.id()).param("y", year).param("s", serial).query(Long.class).single() > 0;
            if (taken) {
                throw new RuleViolationException("serial", "cases.number.taken", format.format(year, serial, classification, registry.code()));
            }
            serials.atLeast(m, registry.id(), year, serial);
        } else {
            serial = serials.next(m, registry.id(), year);
        }
        String number = format.format(year, serial, classification, registry.code());
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what the column keeps
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into case_file (municipality_id, registry_id, case_year, serial, case_number, title, classification,
                                           department_id, officer, status, created_at, version)
                    values (:m, :r, :y, :s, :n, :t, :c, :d, :o, 'OPEN', :at, 0)""")
                    .param("m", m).param("r", registry.id()).param("y", year).param("s", serial).param("n", number)
                    .param("t", in.getTitle().trim()).param("c", classification).param("d", in.getDepartmentId())
                    .param("o", blankToNull(in.getOfficer())).param("at", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("serial", "cases.number.taken", number);
        }
        long id = key.getKey().longValue();
        record(m, id, "REGISTERED", number + " " + in.getTitle().trim());
        events.publishEvent(StateChanged.of(m, "Case", id, in.getSerial() != null ? "imported" : "registered")
                .value("number", number).value("title", in.getTitle().trim()).value("classification", classification)
                .value("departmentId", in.getDepartmentId()).value("officer", blankToNull(in.getOfficer())).build());
        return new CaseInfo(id, registry.id(), registry.code(), year, serial, number, in.getTitle().trim(), classification,
                in.getDepartmentId(), blankToNull(in.getOfficer()), CaseStatus.OPEN, now, 0);
    }

    /** Changes title, classification, department and officer; the number stays what it was registered as. */
    @Transactional
    public CaseInfo updateCase(long m, long id, long expectedVersion, CaseInput in) {
        CaseInfo before = findCase(m, id);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("Case", id);
        }
        checkDepartment(m, in.getDepartmentId());
        int n = jdbc.sql("""
                update case_file set title = :t, classification = :c, department_id = :d, officer = :o, version = version + 1
                 where id = :id and municipality_id = :m and version = :v""")
                .param("t", in.getTitle().trim()).param("c", blankToNull(in.getClassification())).param("d", in.getDepartmentId())
                .param("o", blankToNull(in.getOfficer())).param("id", id).param("m", m).param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("Case", id);
        }
        CaseInfo after = findCase(m, id);
        StateChanged.Builder change = StateChanged.of(m, "Case", id, "updated").field("title", before.title(), after.title())
                .field("classification", before.classification(), after.classification())
                .field("departmentId", before.departmentId(), after.departmentId()).field("officer", before.officer(), after.officer());
        if (change.hasChanges()) {
            record(m, id, "UPDATED", after.title());
        }
        events.publishEvent(change.build());
        return after;
    }

    /** OPEN → DECIDED → CLOSED; nothing else. */
    @Transactional
    public CaseInfo changeStatus(long m, long id, long expectedVersion, CaseStatus next) {
        CaseInfo before = findCase(m, id);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("Case", id);
        }
        if (next == null || !before.status().mayBecome(next)) {
            throw new RuleViolationException("status", "cases.status.illegal");
        }
        int n = jdbc.sql("update case_file set status = :s, version = version + 1 where id = :id and municipality_id = :m and version = :v")
                .param("s", next.name()).param("id", id).param("m", m).param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("Case", id);
        }
        record(m, id, "STATUS", next.name());
        events.publishEvent(StateChanged.of(m, "Case", id, "statusChanged").field("status", before.status().name(), next.name()).build());
        return findCase(m, id);
    }

    /**
     * Adds a document, with or without a file. An annex belongs to an official report of the same case
     * and gets the next number after that report's last annex; the case row is locked meanwhile so two
     * annexes added at once cannot take the same number.
     */
    @Transactional
    public CaseDocument addDocument(long m, long caseId, DocumentInput in, String fileName, byte[] content) {
        jdbc.sql("select id from case_file where municipality_id = :m and id = :id for update").param("m", m).param("id", caseId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Case", caseId));
        checkDepartment(m, in.getDepartmentId());
        String contentType = null;
        boolean hasFile = content != null && content.length > 0;
        if (hasFile) {
            contentType = FileTypes.check(fileName, content);
        } else if (content != null) {
            throw new RuleViolationException("file", "cases.file.empty");
        }
        if (!hasFile && blankToNull(in.getText()) == null) {
            throw new RuleViolationException("text", "cases.document.textOrFile");
        }
        Long parent = in.getParentDocumentId();
        Integer annexNumber = null;
        if (in.getKind() == DocumentKind.ANNEX) {
            if (parent == null) {
                throw new RuleViolationException("parentDocumentId", "cases.document.parent.required");
            }
            String parentKind = jdbc.sql("select kind from case_document where municipality_id = :m and case_id = :c and id = :p")
                    .param("m", m).param("c", caseId).param("p", parent).query(String.class).optional().orElse(null);
            if (!DocumentKind.OFFICIAL_REPORT.name().equals(parentKind)) {
                throw new RuleViolationException("parentDocumentId", "cases.document.parent.required");
            }
            annexNumber = jdbc.sql("select coalesce(max(annex_number), 0) + 1 from case_document where municipality_id = :m and parent_document_id = :p")
                    .param("m", m).param("p", parent).query(Integer.class).single();
        } else {
            parent = null;
        }
        LocalDate date = in.getDate() != null ? in.getDate() : LocalDate.now(clock.withZone(STOCKHOLM));
        String safeName = hasFile ? safeFileName(fileName) : null;
        jdbc.sql("""
                insert into case_document (municipality_id, case_id, kind, title, document_date, department_id, body,
                    parent_document_id, annex_number, file_name, content_type, file_size, content, created_at)
                values (:m, :c, :k, :t, :dt, :d, :b, :p, :a, :fn, :ct, :fs, :content, :at)""")
                .param("m", m).param("c", caseId).param("k", in.getKind().name()).param("t", in.getTitle().trim())
                .param("dt", date).param("d", in.getDepartmentId()).param("b", blankToNull(in.getText()))
                .param("p", parent).param("a", annexNumber).param("fn", safeName).param("ct", contentType)
                .param("fs", hasFile ? (long) content.length : null).param("content", hasFile ? content : null)
                .param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
        long id = jdbc.sql("select max(id) from case_document where municipality_id = :m and case_id = :c").param("m", m)
                .param("c", caseId).query(Long.class).single();
        String label = annexNumber == null ? in.getTitle().trim() : "Bilaga " + annexNumber + ": " + in.getTitle().trim();
        record(m, caseId, "DOCUMENT_ADDED", label);
        events.publishEvent(StateChanged.of(m, "CaseDocument", id, "created").value("caseId", caseId)
                .value("kind", in.getKind().name()).value("title", in.getTitle().trim()).value("annexNumber", annexNumber)
                .value("fileName", safeName).value("size", hasFile ? content.length : null).build());
        return jdbc.sql(DOC_COLUMNS + " where id = :id").param("id", id).query(Cases::docRow).single();
    }

    /**
     * Adds a step to a case's history from another module, e.g. meetings: kind PARAGRAPH, text
     * "TDB 2022-02-17 § 11 Uppföljning av …". A foreign or unknown case is not found.
     */
    @Transactional
    public void recordHistory(long m, long caseId, String kind, String text) {
        if (!HISTORY_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown case history kind " + kind);
        }
        findCase(m, caseId);
        record(m, caseId, kind, text);
    }

    /** Writes a step of the case history, inside the calling use case's transaction. */
    void record(long m, long caseId, String kind, String text) {
        String shortText = text.length() > 1000 ? text.substring(0, 1000) : text;
        jdbc.sql("insert into case_event (municipality_id, case_id, occurred_at, kind, text, username) values (:m, :c, :at, :k, :t, :u)")
                .param("m", m).param("c", caseId).param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .param("k", kind).param("t", shortText).param("u", CurrentUser.actorName()).update();
    }

    private void checkDepartment(long m, Long departmentId) {
        if (departmentId != null && departments.findDepartment(m, departmentId).isEmpty()) {
            throw new RuleViolationException("departmentId", "cases.department.unknown");
        }
    }

    private static String safeFileName(String name) {
        String base = name == null || name.isBlank() ? "dokument" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static CaseInfo caseRow(ResultSet rs, int n) throws SQLException {
        long dep = rs.getLong(9);
        Long departmentId = rs.wasNull() ? null : dep;
        return new CaseInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), departmentId, rs.getString(10), CaseStatus.valueOf(rs.getString(11)),
                rs.getObject(12, java.time.OffsetDateTime.class).toInstant(), rs.getLong(13));
    }

    private static CaseDocument docRow(ResultSet rs, int n) throws SQLException {
        return new CaseDocument(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Long.class),
                rs.getObject(9, Integer.class), rs.getString(10), rs.getString(11), rs.getObject(12, Long.class));
    }
}
