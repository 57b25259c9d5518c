package se.tryggve.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (PostgreSQL restarting, a network cut, the pool waiting in vain for a
 * connection) from a fault of the request or of the code. Such a failure is temporary: Hikari reconnects by
 * itself, so the answer is 503 Service Unavailable with {@code Retry-After} (RFC 9110 15.6.4), in the format the
 * path speaks — never a 500 with a stack trace (issue 8). An optimistic-lock conflict, though also a "transient"
 * data access exception in Spring's hierarchy, is not an outage and keeps its 409.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait; PostgreSQL restarts in a few seconds and the pool reconnects at once. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Whether the exception, or anything it was caused by, says the database could not be reached. */
    public static boolean is(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a query failed on a broken connection and the rollback failed too: Spring reports the rollback and
            // keeps the query's failure aside (seen when PostgreSQL restarted under load, bench/pg-restart.sh)
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != failure && is(tse.getApplicationException())) {
                return true;
            }
            // a commit failed on a broken connection and the rollback that followed found the connection already
            // closed by the pool (Hikari's "Connection is closed", which has no SQLSTATE): Spring throws the failed
            // rollback and only logs the commit's failure. A rollback has nothing to violate; when it fails, the
            // connection is gone (seen in DatabaseOutageTests when the cut came during a commit)
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getMessage() != null
                    && tse.getMessage().contains("rollback") && tse.getCause() instanceof SQLException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // SQLSTATE class 08 = connection exception (SQL standard); 57P01..57P03 = PostgreSQL's admin shutdown,
                // crash shutdown and "cannot connect now" (starting up)
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
