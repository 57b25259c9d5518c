package se.tryggve.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import se.tryggve.shared.DatabaseOutage;

/**
 * A database that cannot be reached is answered 503 with Retry-After in the format of the path (issue 8); any
 * other failure passes on unchanged. {@code DatabaseOutageTests} (PostgreSQL) cuts a real connection.
 */
class DatabaseOutageFilterTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/users|application/problem+json|\"status\":503",
            "/open311/v2/requests.json|application/json|[{\"code\":503,\"description\":\"Tjänsten är tillfälligt otillgänglig",
            "/open311/v2/requests.xml|text/xml|<errors><error><code>503</code>",
            "/oparl/v1.1/body|application/json|\"type\":\"https://schema.oparl.org/1.1/Error\"",
            "/kommun/0126|text/html|<h1>Tillfälligt otillgänglig</h1>"})
    void anOutageIsA503InTheFormatOfThePath(String path, String type, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08001")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith(type);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(body)
                .doesNotContain("Exception").doesNotContain("SQL");
    }

    @Test
    void otherFailuresPassOnUnchanged() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/users");
        assertThatThrownBy(() -> new DatabaseOutageFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
    }

    @Test
    void whatCountsAsAnOutage() {
        assertThat(DatabaseOutage.is(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("An I/O error occurred", "08006")))).isTrue();
        // the query failed on a dropped connection, then the rollback failed as well
        var rollbackFailed = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed");
        rollbackFailed.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("I/O error"));
        assertThat(DatabaseOutage.is(rollbackFailed)).isTrue();
        // the commit failed on a dropped connection; the rollback after it found the connection closed by the pool
        assertThat(DatabaseOutage.is(new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.is(new org.springframework.transaction.TransactionSystemException("commit failed"))).isFalse();
        assertThat(DatabaseOutage.is(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.is(new IllegalArgumentException())).isFalse();
    }
}
