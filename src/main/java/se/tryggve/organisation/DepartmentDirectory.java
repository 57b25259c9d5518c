package se.tryggve.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to a municipality's departments for other modules (goal owners, responsible
 * departments, reporters' departments). Always scoped by municipality.
 */
@Service
public class DepartmentDirectory {

    private final JdbcClient jdbc;

    DepartmentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A department as other modules see it. */
    public record DepartmentRef(long id, String name, String shortName, boolean active) {
    }

    @Transactional(readOnly = true)
    public List<DepartmentRef> listDepartments(long municipalityId) {
        return jdbc.sql("select id, name, short_name, active from department where municipality_id = :m order by name")
                .param("m", municipalityId)
                .query((rs, n) -> new DepartmentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentRef> findDepartment(long municipalityId, long id) {
        return jdbc.sql("select id, name, short_name, active from department where municipality_id = :m and id = :id")
                .param("m", municipalityId).param("id", id)
                .query((rs, n) -> new DepartmentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentRef> findDepartmentByName(long municipalityId, String name) {
        return jdbc.sql("select id, name, short_name, active from department where municipality_id = :m and name = :name")
                .param("m", municipalityId).param("name", name)
                .query((rs, n) -> new DepartmentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }
}
