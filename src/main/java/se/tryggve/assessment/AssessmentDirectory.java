package se.tryggve.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.Period;

/** Read API of the lägesbild for other modules (the action plan); every query is scoped by municipality. */
@Service
public class AssessmentDirectory {

    static final String ASSESSMENT_COLUMNS = "id, title, period_from, period_to, version_number, status, adopted_on";

    private final JdbcClient jdbc;

    AssessmentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every lägesbild, newest period and version first. */
    @Transactional(readOnly = true)
    public List<AssessmentRef> assessments(long municipalityId) {
        return jdbc.sql("select " + ASSESSMENT_COLUMNS + " from assessment where municipality_id = :m"
                        + " order by period_to desc, period_from desc, version_number desc, id desc")
                .param("m", municipalityId).query(AssessmentDirectory::ref).list();
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentRef> assessment(long municipalityId, long assessmentId) {
        return jdbc.sql("select " + ASSESSMENT_COLUMNS + " from assessment where municipality_id = :m and id = :id")
                .param("m", municipalityId).param("id", assessmentId).query(AssessmentDirectory::ref).optional();
    }

    /** The lägesbild in force: the adopted one with the latest adoption date. */
    @Transactional(readOnly = true)
    public Optional<AssessmentRef> adoptedLatest(long municipalityId) {
        return jdbc.sql("select " + ASSESSMENT_COLUMNS + " from assessment where municipality_id = :m and status = 'ADOPTED'"
                        + " order by adopted_on desc, id desc limit 1")
                .param("m", municipalityId).query(AssessmentDirectory::ref).optional();
    }

    /** The prioritised problems of a lägesbild in priority order, each with its causes; empty for another municipality's. */
    @Transactional(readOnly = true)
    public List<ProblemRef> problems(long municipalityId, long assessmentId) {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        jdbc.sql("select id, priority, title from assessment_problem where municipality_id = :m and assessment_id = :a"
                        + " order by priority, id")
                .param("m", municipalityId).param("a", assessmentId)
                .query((ResultSet rs) -> {
                    rows.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getString(3)});
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CauseRef>> causes = causesOf(municipalityId, List.copyOf(rows.keySet()));
        List<ProblemRef> result = new ArrayList<>();
        rows.forEach((id, row) -> result.add(new ProblemRef(id, assessmentId, (Integer) row[0], (String) row[1],
                causes.getOrDefault(id, List.of()))));
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<ProblemRef> problem(long municipalityId, long problemId) {
        return jdbc.sql("select id, assessment_id, priority, title from assessment_problem where municipality_id = :m and id = :id")
                .param("m", municipalityId).param("id", problemId)
                .query((rs, n) -> new ProblemRef(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        causesOf(municipalityId, List.of(rs.getLong(1))).getOrDefault(rs.getLong(1), List.of())))
                .optional();
    }

    private Map<Long, List<CauseRef>> causesOf(long municipalityId, List<Long> problemIds) {
        Map<Long, List<CauseRef>> result = new LinkedHashMap<>();
        jdbc.sql("select id, problem_id, perspective, text from assessment_cause where municipality_id = :m"
                        + " and problem_id in (:ids) order by problem_id, perspective, position, id")
                .param("m", municipalityId).param("ids", problemIds)
                .query((ResultSet rs) -> {
                    CauseRef cause = new CauseRef(rs.getLong(1), rs.getLong(2), CausePerspective.valueOf(rs.getString(3)),
                            rs.getString(4));
                    result.computeIfAbsent(cause.problemId(), k -> new ArrayList<>()).add(cause);
                });
        // PLACE, VICTIM, OFFENDER in the enum's order, not alphabetical
        result.values().forEach(list -> list.sort(java.util.Comparator.comparing(CauseRef::perspective)));
        return result;
    }

    static AssessmentRef ref(ResultSet rs, int row) throws SQLException {
        Date adopted = rs.getDate("adopted_on");
        return new AssessmentRef(rs.getLong("id"), rs.getString("title"),
                new Period(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
                rs.getInt("version_number"), AssessmentStatus.valueOf(rs.getString("status")),
                adopted == null ? null : adopted.toLocalDate());
    }
}
