package se.tryggve.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.tryggve.governance.ActivityStatus;
import se.tryggve.shared.StaleVersionException;

/** Reads and writes the follow-up tables; every statement is scoped by municipality, updates check the version. */
@Repository
class FollowUpStore {

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FollowUp> followUp(long m, long id) {
        return jdbc.sql("select * from follow_up where id = :id and municipality_id = :m").param("id", id).param("m", m)
                .query(this::mapFollowUp).optional();
    }

    List<FollowUp> followUps(long m) {
        return jdbc.sql("select * from follow_up where municipality_id = :m order by report_year desc, id desc")
                .param("m", m).query(this::mapFollowUp).list();
    }

    boolean existsFor(long m, long documentId, int year) {
        return jdbc.sql("select count(*) from follow_up where municipality_id = :m and document_id = :d and report_year = :y")
                .param("m", m).param("d", documentId).param("y", year).query(Long.class).single() > 0;
    }

    long insertFollowUp(FollowUp f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into follow_up (municipality_id, document_id, report_year, deadline, note_on_year, status, summary,
                  overall_judgement, period_judgement, override_reason, supersedes, superseded)
                values (:m, :d, :y, :deadline, :note, :status, :summary, :overall, :period, :override, :supersedes, :superseded)""")
                .params(followUpParams(f)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateFollowUp(FollowUp f) {
        int rows = jdbc.sql("""
                update follow_up set deadline = :deadline, note_on_year = :note, status = :status, summary = :summary,
                  overall_judgement = :overall, period_judgement = :period, override_reason = :override,
                  superseded = :superseded, version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .params(followUpParams(f)).param("id", f.id()).param("v", f.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Uppföljning", f.id());
        }
    }

    private static Map<String, Object> followUpParams(FollowUp f) {
        Map<String, Object> p = new HashMap<>();
        p.put("m", f.municipalityId());
        p.put("d", f.documentId());
        p.put("y", f.year());
        p.put("deadline", Date.valueOf(f.deadline()));
        p.put("note", f.noteOnYear());
        p.put("status", f.status().name());
        p.put("summary", f.summary());
        p.put("overall", f.overallJudgement() == null ? null : f.overallJudgement().name());
        p.put("period", f.periodJudgement() == null ? null : f.periodJudgement().name());
        p.put("override", f.overrideReason());
        p.put("supersedes", f.supersedes());
        p.put("superseded", f.superseded());
        return p;
    }

    /** Records the day a follow-up was approved (the date its report carries). */
    void recordApprovalDate(long m, long id, java.time.LocalDate day) {
        jdbc.sql("update follow_up set approved_on = :d where id = :id and municipality_id = :m")
                .param("d", Date.valueOf(day)).param("id", id).param("m", m).update();
    }

    /** Records the number of the case the follow-up became. */
    void recordCaseNumber(long m, long id, String caseNumber) {
        jdbc.sql("update follow_up set case_number = :n where id = :id and municipality_id = :m")
                .param("n", caseNumber).param("id", id).param("m", m).update();
    }

    /** The number of the case the follow-up became, if it has become one. */
    Optional<String> caseNumber(long m, long id) {
        return jdbc.sql("select case_number from follow_up where id = :id and municipality_id = :m")
                .param("id", id).param("m", m)
                .query((rs, n) -> rs.getString(1)).optional().filter(java.util.Objects::nonNull);
    }

    /** Demo history only: the time a part was handed in, as it would have been in the year after the follow-up. */
    void recordSubmissionTime(long m, long partId, java.time.Instant at) {
        jdbc.sql("update follow_up_part set submitted_at = :t where id = :id and municipality_id = :m")
                .param("t", Timestamp.from(at)).param("id", partId).param("m", m).update();
    }

    /** The day the follow-up was approved, if it has been (and was approved after dates were recorded). */
    Optional<java.time.Instant> publishedAt(long m, long id) {
        return jdbc.sql("select published_at from report_publication where follow_up_id = :id and municipality_id = :m")
                .param("id", id).param("m", m)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    java.util.Map<Long, java.time.Instant> publications(long m) {
        java.util.Map<Long, java.time.Instant> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select follow_up_id, published_at from report_publication where municipality_id = :m order by published_at, id")
                .param("m", m)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    void insertPublication(long m, long id, java.time.Instant at, String by) {
        jdbc.sql("""
                insert into report_publication (municipality_id, follow_up_id, published_at, published_by)
                values (:m, :id, :at, :by)""")
                .param("m", m).param("id", id).param("at", java.sql.Timestamp.from(at)).param("by", by).update();
    }

    boolean deletePublication(long m, long id) {
        return jdbc.sql("delete from report_publication where follow_up_id = :id and municipality_id = :m")
                .param("id", id).param("m", m).update() == 1;
    }

    Optional<java.time.LocalDate> approvalDate(long m, long id) {
        return jdbc.sql("select approved_on from follow_up where id = :id and municipality_id = :m")
                .param("id", id).param("m", m)
                .query((rs, n) -> rs.getDate(1)).optional().map(Date::toLocalDate);
    }

    private FollowUp mapFollowUp(ResultSet rs, int n) throws SQLException {
        long sup = rs.getLong("supersedes");
        Long supersedes = rs.wasNull() ? null : sup;
        return new FollowUp(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("document_id"),
                rs.getInt("report_year"), rs.getDate("deadline").toLocalDate(), rs.getString("note_on_year"),
                FollowUpStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                judgement(rs.getString("overall_judgement")), judgement(rs.getString("period_judgement")),
                rs.getString("override_reason"), supersedes, rs.getBoolean("superseded"),
                rs.getLong("version"));
    }

    private static Judgement judgement(String s) {
        return s == null ? null : Judgement.valueOf(s);
    }

    // ---------------------------------------------------------------- parts

    /** The parts of a follow-up with their reports, in three statements. */
    List<DepartmentPart> parts(long m, long followUpId) {
        record Row(long id, long dep, PartStatus status, String comment, Timestamp submitted, long version) {
        }
        List<Row> rows = jdbc.sql("select * from follow_up_part where municipality_id = :m and follow_up_id = :f order by id")
                .param("m", m).param("f", followUpId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("department_id"), PartStatus.valueOf(rs.getString("status")),
                        rs.getString("return_comment"), rs.getTimestamp("submitted_at"), rs.getLong("version"))).list();
        Map<Long, List<GoalReport>> goals = new HashMap<>();
        jdbc.sql("""
                select g.* from follow_up_goal_report g join follow_up_part p on p.id = g.part_id
                where g.municipality_id = :m and p.follow_up_id = :f order by g.id""")
                .param("m", m).param("f", followUpId).query(rs -> {
                    goals.computeIfAbsent(rs.getLong("part_id"), k -> new ArrayList<>()).add(new GoalReport(
                            rs.getLong("goal_id"), rs.getString("work"), judgement(rs.getString("judgement"))));
                });
        Map<Long, List<ActivityReport>> activities = new HashMap<>();
        jdbc.sql("""
                select a.* from follow_up_activity_report a join follow_up_part p on p.id = a.part_id
                where a.municipality_id = :m and p.follow_up_id = :f order by a.id""")
                .param("m", m).param("f", followUpId).query(rs -> {
                    String s = rs.getString("status");
                    activities.computeIfAbsent(rs.getLong("part_id"), k -> new ArrayList<>()).add(new ActivityReport(
                            rs.getLong("activity_id"), s == null ? null : ActivityStatus.valueOf(s), rs.getString("what_was_done")));
                });
        return rows.stream().map(r -> new DepartmentPart(r.id(), m, followUpId, r.dep(), r.status(), r.comment(),
                r.submitted() == null ? null : r.submitted().toInstant(), goals.getOrDefault(r.id(), List.of()),
                activities.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    long insertPart(DepartmentPart p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into follow_up_part (municipality_id, follow_up_id, department_id, status, return_comment, submitted_at)
                values (:m, :f, :d, :status, :comment, :submitted)""")
                .param("m", p.municipalityId()).param("f", p.followUpId()).param("d", p.departmentId())
                .param("status", p.status().name()).param("comment", p.returnComment())
                .param("submitted", p.submittedAt() == null ? null : Timestamp.from(p.submittedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertReports(p.municipalityId(), id, p);
        return id;
    }

    void updatePart(DepartmentPart p) {
        int rows = jdbc.sql("""
                update follow_up_part set status = :status, return_comment = :comment, submitted_at = :submitted,
                  version = version + 1
                where id = :id and municipality_id = :m and version = :v""")
                .param("status", p.status().name()).param("comment", p.returnComment())
                .param("submitted", p.submittedAt() == null ? null : Timestamp.from(p.submittedAt()))
                .param("id", p.id()).param("m", p.municipalityId()).param("v", p.version()).update();
        if (rows == 0) {
            throw new StaleVersionException("Förvaltningsdel", p.id());
        }
        jdbc.sql("delete from follow_up_goal_report where municipality_id = :m and part_id = :p")
                .param("m", p.municipalityId()).param("p", p.id()).update();
        jdbc.sql("delete from follow_up_activity_report where municipality_id = :m and part_id = :p")
                .param("m", p.municipalityId()).param("p", p.id()).update();
        insertReports(p.municipalityId(), p.id(), p);
    }

    private void insertReports(long m, long partId, DepartmentPart p) {
        for (GoalReport g : p.goals()) {
            jdbc.sql("insert into follow_up_goal_report (municipality_id, part_id, goal_id, work, judgement) values (:m, :p, :g, :w, :j)")
                    .param("m", m).param("p", partId).param("g", g.goalId()).param("w", g.work())
                    .param("j", g.judgement() == null ? null : g.judgement().name()).update();
        }
        for (ActivityReport a : p.activities()) {
            jdbc.sql("insert into follow_up_activity_report (municipality_id, part_id, activity_id, status, what_was_done) values (:m, :p, :a, :s, :w)")
                    .param("m", m).param("p", partId).param("a", a.activityId())
                    .param("s", a.status() == null ? null : a.status().name()).param("w", a.whatWasDone()).update();
        }
    }
}
