package se.tryggve.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read API of cases for other modules; scoped by municipality like every query. */
@Service
public class CaseDirectory {

    private final JdbcClient jdbc;

    CaseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CaseRef> findCase(long municipalityId, long caseId) {
        return jdbc.sql("select id, case_number, title from case_file where id = :id and municipality_id = :m")
                .param("id", caseId).param("m", municipalityId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Transactional(readOnly = true)
    public Optional<CaseRef> findCaseByNumber(long municipalityId, String number) {
        return jdbc.sql("select id, case_number, title from case_file where case_number = :n and municipality_id = :m")
                .param("n", number).param("m", municipalityId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Cases whose number or title contains the text, newest first (for pickers). */
    @Transactional(readOnly = true)
    public List<CaseRef> searchCases(long municipalityId, String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql("""
                select id, case_number, title from case_file where municipality_id = :m
                  and (lower(case_number) like :q or lower(title) like :q) order by id desc limit :limit""")
                .param("m", municipalityId).param("q", like).param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
