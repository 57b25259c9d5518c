package se.tryggve.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates serials per registry and year without gaps or duplicates: the counter row is updated in
 * the registering transaction, so the row lock orders concurrent registrations and a rolled-back
 * registration rolls its serial back too.
 */
@Component
class CaseSerials {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    CaseSerials(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The next serial; must run inside the registering transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long m, long registryId, int year) {
        if (increment(m, registryId, year) == 0) {
            ensureRow(m, registryId, year);
            increment(m, registryId, year);
        }
        return current(m, registryId, year);
    }

    /** After importing a case with a stated serial: later allocations continue after it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void atLeast(long m, long registryId, int year, int serial) {
        ensureRow(m, registryId, year);
        jdbc.sql("""
                update case_serial set last_serial = :s
                 where municipality_id = :m and registry_id = :r and case_year = :y and last_serial < :s""")
                .param("s", serial).param("m", m).param("r", registryId).param("y", year).update();
    }

    private int increment(long m, long registryId, int year) {
        return jdbc.sql("""
                update case_serial set last_serial = last_serial + 1
                 where municipality_id = :m and registry_id = :r and case_year = :y""")
                .param("m", m).param("r", registryId).param("y", year).update();
    }

    private int current(long m, long registryId, int year) {
        return jdbc.sql("select last_serial from case_serial where municipality_id = :m and registry_id = :r and case_year = :y")
                .param("m", m).param("r", registryId).param("y", year).query(Integer.class).single();
    }

    /**
     * The first case of a registry's year inserts the counter row. Two may race: the loser's insert fails
     * on the primary key, which PostgreSQL would let abort the whole transaction, so the insert runs in a
     * savepoint that is rolled back alone; the loser then updates the winner's row.
     */
    private void ensureRow(long m, long registryId, int year) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                    insert into case_serial (municipality_id, registry_id, case_year, last_serial)
                    select :m, :r, :y, 0 where not exists (select 1 from case_serial
                     where municipality_id = :m and registry_id = :r and case_year = :y)""")
                    .param("m", m).param("r", registryId).param("y", year).update());
        } catch (DuplicateKeyException raced) {
            // the other registration created the row; ours updates it
        }
    }
}
