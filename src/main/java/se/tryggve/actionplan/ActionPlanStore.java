package se.tryggve.actionplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the action plan module; every statement is scoped by municipality. */
@Repository
class ActionPlanStore {

    /** The stored plan row: its basis (nullable) and the link version. */
    record PlanRow(Long assessmentId, long version) {
    }

    record Link(long activityId, LinkType type, long targetId) {
    }

    private final JdbcClient jdbc;

    ActionPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanRow> plan(long m, long planId) {
        return jdbc.sql("select assessment_id, version from action_plan where municipality_id = :m and plan_id = :p")
                .param("m", m).param("p", planId)
                .query((rs, n) -> new PlanRow(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2))).optional();
    }

    /** All plans of the municipality based on the assessment. */
    List<Long> plansBasedOn(long m, long assessmentId) {
        return jdbc.sql("select plan_id from action_plan where municipality_id = :m and assessment_id = :a order by plan_id")
                .param("m", m).param("a", assessmentId).query(Long.class).list();
    }

    /** Creates the plan's row at version 0 when it has none yet. */
    void ensurePlan(long m, long planId, Instant now) {
        if (plan(m, planId).isEmpty()) {
            jdbc.sql("insert into action_plan (municipality_id, plan_id, assessment_id, version, updated_at) values (:m, :p, null, 0, :t)")
                    .param("m", m).param("p", planId).param("t", Timestamp.from(now)).update();
        }
    }

    /** Sets the basis and raises the version, if it still is {@code expected}; false when someone else changed it. */
    boolean updateBasis(long m, long planId, Long assessmentId, long expected, Instant now) {
        return jdbc.sql("update action_plan set assessment_id = :a, version = version + 1, updated_at = :t"
                        + " where municipality_id = :m and plan_id = :p and version = :v")
                .param("a", assessmentId).param("t", Timestamp.from(now)).param("m", m).param("p", planId).param("v", expected)
                .update() == 1;
    }

    /** Raises the version of the plan's links (every link change does), if it still is {@code expected}. */
    boolean touch(long m, long planId, long expected, Instant now) {
        return jdbc.sql("update action_plan set version = version + 1, updated_at = :t"
                        + " where municipality_id = :m and plan_id = :p and version = :v")
                .param("t", Timestamp.from(now)).param("m", m).param("p", planId).param("v", expected).update() == 1;
    }

    List<Link> links(long m, long planId) {
        return jdbc.sql("select activity_id, link_type, target_id from action_plan_link where municipality_id = :m and plan_id = :p"
                        + " order by activity_id, link_type, target_id")
                .param("m", m).param("p", planId)
                .query((rs, n) -> new Link(rs.getLong(1), LinkType.valueOf(rs.getString(2)), rs.getLong(3))).list();
    }

    List<Link> linksOf(long m, long activityId) {
        return jdbc.sql("select activity_id, link_type, target_id from action_plan_link where municipality_id = :m and activity_id = :a"
                        + " order by link_type, target_id")
                .param("m", m).param("a", activityId)
                .query((rs, n) -> new Link(rs.getLong(1), LinkType.valueOf(rs.getString(2)), rs.getLong(3))).list();
    }

    /** Whether the plan has links to the lägesbild (problems or causes). */
    boolean hasAssessmentLinks(long m, long planId) {
        return jdbc.sql("select count(*) from action_plan_link where municipality_id = :m and plan_id = :p"
                        + " and link_type in ('PROBLEM', 'CAUSE')")
                .param("m", m).param("p", planId).query(Long.class).single() > 0;
    }

    void insertLink(long m, long planId, long activityId, LinkType type, long targetId, Instant now) {
        jdbc.sql("insert into action_plan_link (municipality_id, plan_id, activity_id, link_type, target_id, created_at)"
                        + " values (:m, :p, :a, :type, :t, :now)")
                .param("m", m).param("p", planId).param("a", activityId).param("type", type.name()).param("t", targetId)
                .param("now", Timestamp.from(now)).update();
    }

    void deleteLink(long m, long activityId, LinkType type, long targetId) {
        jdbc.sql("delete from action_plan_link where municipality_id = :m and activity_id = :a and link_type = :type and target_id = :t")
                .param("m", m).param("a", activityId).param("type", type.name()).param("t", targetId).update();
    }

    static List<Long> targets(List<Link> links, LinkType type) {
        List<Long> result = new ArrayList<>();
        for (Link l : links) {
            if (l.type() == type) {
                result.add(l.targetId());
            }
        }
        return result;
    }
}
