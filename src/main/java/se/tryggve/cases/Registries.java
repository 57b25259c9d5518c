package se.tryggve.cases;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/** Use cases on the registries (diarier) of a municipality. */
@Service
public class Registries {

    private static final String COLUMNS = "select id, code, name, number_format, version from case_registry ";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Registries(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Registry> listRegistries(long m) {
        return jdbc.sql(COLUMNS + "where municipality_id = :m order by code").param("m", m).query(Registries::row).list();
    }

    @Transactional(readOnly = true)
    public Registry findRegistry(long m, long id) {
        return jdbc.sql(COLUMNS + "where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(Registries::row).optional().orElseThrow(() -> new NotFoundException("Registry", id));
    }

    @Transactional
    public Registry createRegistry(long m, RegistryInput in) {
        String code = in.getCode().trim();
        CaseNumberFormat.validate(in.getNumberFormat().trim());
        refuseTakenCode(m, code, null);
        jdbc.sql("insert into case_registry (municipality_id, code, name, number_format, version) values (:m, :c, :n, :f, 0)")
                .param("m", m).param("c", code).param("n", in.getName().trim()).param("f", in.getNumberFormat().trim()).update();
        long id = jdbc.sql("select id from case_registry where municipality_id = :m and code = :c").param("m", m).param("c", code)
                .query(Long.class).single();
        events.publishEvent(StateChanged.of(m, "Registry", id, "created").value("code", code)
                .value("name", in.getName().trim()).value("numberFormat", in.getNumberFormat().trim()).build());
        return findRegistry(m, id);
    }

    @Transactional
    public Registry updateRegistry(long m, long id, long expectedVersion, RegistryInput in) {
        Registry before = findRegistry(m, id);
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("Registry", id);
        }
        String code = in.getCode().trim();
        CaseNumberFormat.validate(in.getNumberFormat().trim());
        refuseTakenCode(m, code, id);
        int n = jdbc.sql("""
                update case_registry set code = :c, name = :n, number_format = :f, version = version + 1
                 where id = :id and municipality_id = :m and version = :v""")
                .param("c", code).param("n", in.getName().trim()).param("f", in.getNumberFormat().trim())
                .param("id", id).param("m", m).param("v", expectedVersion).update();
        if (n == 0) {
            throw new StaleVersionException("Registry", id);
        }
        Registry after = findRegistry(m, id);
        events.publishEvent(StateChanged.of(m, "Registry", id, "updated").field("code", before.code(), after.code())
                .field("name", before.name(), after.name()).field("numberFormat", before.numberFormat(), after.numberFormat())
                .build());
        return after;
    }

    private void refuseTakenCode(long m, String code, Long self) {
        boolean taken = jdbc.sql("select count(*) from case_registry where municipality_id = :m and lower(code) = lower(:c) and id <> :self")
                .param("m", m).param("c", code).param("self", self == null ? -1L : self).query(Long.class).single() > 0;
        if (taken) {
            throw new RuleViolationException("code", "cases.code.taken");
        }
    }

    private static Registry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Registry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}
