package se.tryggve.governance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.tryggve.shared.Period;
import se.tryggve.shared.StaleVersionException;

/**
 * Reads and writes the governance tables. Every statement is scoped by municipality; reads of a
 * whole document use one statement per table (never one per row), so a large programme loads in a
 * constant number of queries. Updates check the version (optimistic locking).
 */
@Repository
class GovernanceStore {

    private final JdbcClient jdbc;

    GovernanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- documents

    Optional<GoverningDocument> document(long m, long id) {
        return jdbc.sql("select * from governing_document where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(this::mapDocument).optional();
    }

    List<GoverningDocument> documents(long m) {
        return jdbc.sql("select * from governing_document where municipality_id = :m order by valid_from desc, id desc")
                .param("m", m).query(this::mapDocument).list();
    }

    long countDocuments(long m) {
        return jdbc.sql("select count(*) from governing_document where municipality_id = :m").param("m", m)
                .query(Long.class).single();
    }

    long insertDocument(GoverningDocument d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governing_document (municipality_id, kind, title, valid_from, valid_to, status, decision_body,
                  decision_date, decision_paragraph, decision_case_number, overarching_goal, perspectives, copied_from)
                values (:m, :kind, :title, :from, :to, :status, :body, :ddate, :para, :caseNo, :goal, :persp, :copied)""")
                .params(documentParams(d)).param("copied", d.copiedFrom())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateDocument(GoverningDocument d) {
        int rows = jdbc.sql("""
                update governing_document set kind = :kind, title = :title, valid_from = :from, valid_to = :to,
                  status = :status, decision_body = :body, decision_date = :ddate, decision_paragraph = :para,
                  decision_case_number = :caseNo, overarching_goal = :goal, perspectives = :persp, version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .params(documentParams(d)).param("id", d.id()).param("v", d.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Styrdokument", d.id());
        }
    }

    private Map<String, Object> documentParams(GoverningDocument d) {
        Map<String, Object> p = new HashMap<>();
        p.put("m", d.municipalityId());
        p.put("kind", d.kind().name());
        p.put("title", d.title());
        p.put("from", Date.valueOf(d.period().from()));
        p.put("to", d.period().to() == null ? null : Date.valueOf(d.period().to()));
        p.put("status", d.status().name());
        AdoptingDecision dec = d.decision();
        p.put("body", dec == null ? null : dec.body());
        p.put("ddate", dec == null || dec.date() == null ? null : Date.valueOf(dec.date()));
        p.put("para", dec == null ? null : dec.paragraph());
        p.put("caseNo", dec == null ? null : dec.caseNumber());
        p.put("goal", d.overarchingGoal());
        p.put("persp", d.perspectives().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return p;
    }

    private GoverningDocument mapDocument(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("decision_body");
        LocalDate ddate = date(rs, "decision_date");
        AdoptingDecision decision = body == null && ddate == null ? null
                : new AdoptingDecision(body, ddate, rs.getString("decision_paragraph"), rs.getString("decision_case_number"));
        String persp = rs.getString("perspectives");
        Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
        if (persp != null && !persp.isBlank()) {
            Arrays.stream(persp.split(",")).map(Perspective::valueOf).forEach(perspectives::add);
        }
        return new GoverningDocument(rs.getLong("id"), rs.getLong("municipality_id"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                new Period(date(rs, "valid_from"), date(rs, "valid_to")), DocumentStatus.valueOf(rs.getString("status")),
                decision, rs.getString("overarching_goal"), perspectives, longOrNull(rs, "copied_from"),
                rs.getLong("version"));
    }

    // ---------------------------------------------------------------- areas

    Optional<Area> area(long m, long id) {
        return jdbc.sql("select * from governance_area where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(this::mapArea).optional();
    }

    List<Area> areas(long m, long documentId) {
        return jdbc.sql("select * from governance_area where municipality_id = :m and document_id = :d order by ordinal, id")
                .param("m", m).param("d", documentId).query(this::mapArea).list();
    }

    long insertArea(long m, long documentId, int ordinal, String title, String subGoal) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governance_area (municipality_id, document_id, ordinal, title, sub_goal)
                values (:m, :d, :o, :t, :s)""")
                .param("m", m).param("d", documentId).param("o", ordinal).param("t", title).param("s", subGoal)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateArea(long m, Area a) {
        int rows = jdbc.sql("""
                update governance_area set title = :t, sub_goal = :s, version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .param("t", a.title()).param("s", a.subGoal()).param("id", a.id()).param("m", m).param("v", a.version())
                .update();
        if (rows == 0) {
            throw new StaleVersionException("Område", a.id());
        }
    }

    void renumberAreas(long m, List<Long> orderedIds) {
        for (int i = 0; i < orderedIds.size(); i++) {
            jdbc.sql("update governance_area set ordinal = :o, version = version + 1 where id = :id and municipality_id = :m and ordinal <> :o")
                    .param("o", i + 1).param("id", orderedIds.get(i)).param("m", m).update();
        }
    }

    void deleteArea(long m, long id) {
        jdbc.sql("delete from governance_area where id = :id and municipality_id = :m").param("id", id).param("m", m).update();
    }

    private Area mapArea(ResultSet rs, int n) throws SQLException {
        return new Area(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("ordinal"), rs.getString("title"),
                rs.getString("sub_goal"), rs.getLong("version"));
    }

    // ---------------------------------------------------------------- goals

    Optional<Goal> goal(long m, long id) {
        List<Long> owners = jdbc.sql("select department_id from governance_goal_owner where goal_id = :id and municipality_id = :m order by department_id")
                .param("id", id).param("m", m).query(Long.class).list();
        return jdbc.sql("select * from governance_goal where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query((rs, n) -> mapGoal(rs, owners)).optional();
    }

    /** All goals of a document with their owners: two queries. */
    List<Goal> goals(long m, long documentId) {
        Map<Long, List<Long>> owners = new HashMap<>();
        jdbc.sql("""
                select o.goal_id, o.department_id from governance_goal_owner o join governance_goal g on g.id = o.goal_id
                where g.municipality_id = :m and g.document_id = :d order by o.department_id""")
                .param("m", m).param("d", documentId)
                .query(rs -> {
                    owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("select * from governance_goal where municipality_id = :m and document_id = :d order by id")
                .param("m", m).param("d", documentId)
                .query((rs, n) -> mapGoal(rs, owners.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    long insertGoal(long m, long documentId, long areaId, Long parentId, String title, String description,
                    boolean example, Collection<Long> owners) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governance_goal (municipality_id, document_id, area_id, parent_id, title, description, example)
                values (:m, :d, :a, :p, :t, :desc, :ex)""")
                .param("m", m).param("d", documentId).param("a", areaId).param("p", parentId).param("t", title)
                .param("desc", description).param("ex", example).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceOwners(m, id, owners);
        return id;
    }

    void updateGoal(long m, Goal g) {
        int rows = jdbc.sql("""
                update governance_goal set area_id = :a, parent_id = :p, title = :t, description = :desc, example = :ex,
                  version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .param("a", g.areaId()).param("p", g.parentId()).param("t", g.title()).param("desc", g.description())
                .param("ex", g.example()).param("id", g.id()).param("m", m).param("v", g.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Mål", g.id());
        }
        replaceOwners(m, g.id(), g.ownerDepartmentIds());
    }

    private void replaceOwners(long m, long goalId, Collection<Long> owners) {
        jdbc.sql("delete from governance_goal_owner where goal_id = :g and municipality_id = :m")
                .param("g", goalId).param("m", m).update();
        for (Long dep : owners) {
            jdbc.sql("insert into governance_goal_owner (municipality_id, goal_id, department_id) values (:m, :g, :dep)")
                    .param("m", m).param("g", goalId).param("dep", dep).update();
        }
    }

    long countGoalsInArea(long m, long areaId) {
        return jdbc.sql("select count(*) from governance_goal where municipality_id = :m and area_id = :a")
                .param("m", m).param("a", areaId).query(Long.class).single();
    }

    private Goal mapGoal(ResultSet rs, List<Long> owners) throws SQLException {
        return new Goal(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("area_id"), longOrNull(rs, "parent_id"),
                rs.getString("title"), rs.getString("description"), owners, rs.getBoolean("example"), rs.getLong("version"));
    }

    // ---------------------------------------------------------------- indicators

    Optional<Indicator> indicator(long m, long id) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        jdbc.sql("select target_year, target_value from governance_indicator_target where indicator_id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query(rs -> {
                    targets.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return jdbc.sql("select * from governance_indicator where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query((rs, n) -> mapIndicator(rs, targets)).optional();
    }

    List<Indicator> indicators(long m, long documentId) {
        Map<Long, Map<Integer, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("""
                select t.indicator_id, t.target_year, t.target_value from governance_indicator_target t
                join governance_indicator i on i.id = t.indicator_id where i.municipality_id = :m and i.document_id = :d""")
                .param("m", m).param("d", documentId).query(rs -> {
                    targets.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        return jdbc.sql("select * from governance_indicator where municipality_id = :m and document_id = :d order by id")
                .param("m", m).param("d", documentId)
                .query((rs, n) -> mapIndicator(rs, targets.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    long insertIndicator(long m, long documentId, Indicator i) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governance_indicator (municipality_id, document_id, goal_id, name, unit, direction, source,
                  kolada_kpi, baseline_year, baseline_value)
                values (:m, :d, :g, :name, :unit, :dir, :src, :kpi, :by, :bv)""")
                .params(indicatorParams(i)).param("m", m).param("d", documentId).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceTargets(m, id, i.targets());
        return id;
    }

    void updateIndicator(long m, Indicator i) {
        int rows = jdbc.sql("""
                update governance_indicator set goal_id = :g, name = :name, unit = :unit, direction = :dir, source = :src,
                  kolada_kpi = :kpi, baseline_year = :by, baseline_value = :bv, version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .params(indicatorParams(i)).param("id", i.id()).param("m", m).param("v", i.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Indikator", i.id());
        }
        replaceTargets(m, i.id(), i.targets());
    }

    private Map<String, Object> indicatorParams(Indicator i) {
        Map<String, Object> p = new HashMap<>();
        p.put("g", i.goalId());
        p.put("name", i.name());
        p.put("unit", i.unit());
        p.put("dir", i.direction().name());
        p.put("src", i.source().name());
        p.put("kpi", i.koladaKpi());
        p.put("by", i.baselineYear());
        p.put("bv", i.baselineValue());
        return p;
    }

    private void replaceTargets(long m, long indicatorId, Map<Integer, BigDecimal> targets) {
        jdbc.sql("delete from governance_indicator_target where indicator_id = :i and municipality_id = :m")
                .param("i", indicatorId).param("m", m).update();
        targets.forEach((year, value) -> jdbc.sql("""
                insert into governance_indicator_target (municipality_id, indicator_id, target_year, target_value)
                values (:m, :i, :y, :v)""").param("m", m).param("i", indicatorId).param("y", year).param("v", value).update());
    }

    private Indicator mapIndicator(ResultSet rs, Map<Integer, BigDecimal> targets) throws SQLException {
        int by = rs.getInt("baseline_year");
        Integer baselineYear = rs.wasNull() ? null : by;
        return new Indicator(rs.getLong("id"), rs.getLong("document_id"), longOrNull(rs, "goal_id"), rs.getString("name"),
                rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
                IndicatorSource.valueOf(rs.getString("source")), rs.getString("kolada_kpi"), baselineYear,
                rs.getBigDecimal("baseline_value"), targets, rs.getLong("version"));
    }

    // ---------------------------------------------------------------- activities

    /** Filters of the activity list; null means any. */
    record ActivityQuery(Long documentId, Long departmentId, ActivityStatus status, Long goalId) {
    }

    Optional<Activity> activity(long m, long id) {
        List<Long> goals = jdbc.sql("select goal_id from governance_activity_goal where activity_id = :id and municipality_id = :m order by goal_id")
                .param("id", id).param("m", m).query(Long.class).list();
        return jdbc.sql("select * from governance_activity where id = :id and municipality_id = :m")
                .param("id", id).param("m", m).query((rs, n) -> mapActivity(rs, goals)).optional();
    }

    /** Activities matching the filter, with their goal links: two queries whatever the number. */
    List<Activity> activities(long m, ActivityQuery q) {
        StringBuilder where = new StringBuilder(" where a.municipality_id = :m");
        Map<String, Object> p = new HashMap<>();
        p.put("m", m);
        if (q.documentId() != null) {
            where.append(" and a.document_id = :d");
            p.put("d", q.documentId());
        }
        if (q.departmentId() != null) {
            where.append(" and a.responsible_department_id = :dep");
            p.put("dep", q.departmentId());
        }
        if (q.status() != null) {
            where.append(" and a.status = :st");
            p.put("st", q.status().name());
        }
        if (q.goalId() != null) {
            where.append(" and exists (select 1 from governance_activity_goal x where x.activity_id = a.id and x.goal_id = :goal)");
            p.put("goal", q.goalId());
        }
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql("select l.activity_id, l.goal_id from governance_activity_goal l join governance_activity a on a.id = l.activity_id"
                        + where + " order by l.goal_id")
                .params(p).query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("select a.* from governance_activity a" + where + " order by a.start_year, a.title, a.id")
                .params(p).query((rs, n) -> mapActivity(rs, links.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    long insertActivity(long m, Activity a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governance_activity (municipality_id, document_id, title, description, responsible_department_id,
                  start_year, end_year, status, cost_estimate, example)
                values (:m, :d, :t, :desc, :dep, :sy, :ey, :st, :cost, :ex)""")
                .params(activityParams(a)).param("m", m).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceLinks(m, id, a.goalIds());
        return id;
    }

    void updateActivity(long m, Activity a) {
        int rows = jdbc.sql("""
                update governance_activity set title = :t, description = :desc, responsible_department_id = :dep,
                  start_year = :sy, end_year = :ey, status = :st, cost_estimate = :cost, example = :ex, version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .params(activityParams(a)).param("id", a.id()).param("m", m).param("v", a.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Aktivitet", a.id());
        }
        replaceLinks(m, a.id(), a.goalIds());
    }

    private Map<String, Object> activityParams(Activity a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("d", a.documentId());
        p.put("t", a.title());
        p.put("desc", a.description());
        p.put("dep", a.responsibleDepartmentId());
        p.put("sy", a.startYear());
        p.put("ey", a.endYear());
        p.put("st", a.status().name());
        p.put("cost", a.costEstimate());
        p.put("ex", a.example());
        return p;
    }

    private void replaceLinks(long m, long activityId, Collection<Long> goals) {
        jdbc.sql("delete from governance_activity_goal where activity_id = :a and municipality_id = :m")
                .param("a", activityId).param("m", m).update();
        for (Long g : goals) {
            jdbc.sql("insert into governance_activity_goal (municipality_id, activity_id, goal_id) values (:m, :a, :g)")
                    .param("m", m).param("a", activityId).param("g", g).update();
        }
    }

    private Activity mapActivity(ResultSet rs, List<Long> goals) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("document_id"), rs.getString("title"), rs.getString("description"),
                goals, rs.getLong("responsible_department_id"), rs.getInt("start_year"), rs.getInt("end_year"),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBigDecimal("cost_estimate"), rs.getBoolean("example"),
                rs.getLong("version"));
    }

    // ---------------------------------------------------------------- helpers

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
