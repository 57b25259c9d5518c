package se.tryggve.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own: a private H2 in-memory database, or — when
 * the run is the PostgreSQL pass ({@code -Dtryggve.test.db=postgres}) — a fresh schema in the
 * test PostgreSQL (TRYGGVE_TEST_PG_URL, _USER, _PASSWORD; default localhost:5432/tryggve_test,
 * user tryggve, password tryggve), dropped again when the context closes.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean postgresPass() {
        return "postgres".equals(System.getProperty("tryggve.test.db"));
    }

    public static String pgUrl() {
        return env("TRYGGVE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/tryggve_test");
    }

    public static String pgUser() {
        return env("TRYGGVE_TEST_PG_USER", "tryggve");
    }

    public static String pgPassword() {
        return env("TRYGGVE_TEST_PG_PASSWORD", "tryggve");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new HashMap<>();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (postgresPass()) {
            String schema = "tg_" + id;
            String url = pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", pgUser());
            props.put("spring.datasource.password", pgPassword());
            props.put("spring.flyway.schemas", schema);
            props.put("spring.flyway.create-schemas", "true");
            props.put("spring.flyway.default-schema", schema);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    dropSchema(schema);
                }
            });
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:tg" + id
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // small pools keep many cached contexts under max_connections; a benchmark may ask for a production-size
        // pool (Hikari's default is 10) with -Dtryggve.test.pool-size=10
        props.put("spring.datasource.hikari.maximum-pool-size", System.getProperty("tryggve.test.pool-size", "4"));
        // Spring keeps up to 32 test contexts open, each with its own pool; with many modules that is
        // more connections than PostgreSQL's default max_connections (100). An idle cached context gives
        // its connections back, so only the contexts in use hold any.
        props.put("spring.datasource.hikari.minimum-idle", "0");
        props.put("spring.datasource.hikari.idle-timeout", "10000");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tryggveTestDatabase", props));
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (Exception ignored) {
            // a left-over schema in a test database harms nothing
        }
    }
}
