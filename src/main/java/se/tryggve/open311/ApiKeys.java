package se.tryggve.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * Use cases on the api keys of Open311 client applications (GeoReport v2 requires an {@code api_key}
 * for POST requests). A key is 32 random bytes, shown once; only its SHA-256 is stored. A key of that
 * entropy cannot be guessed, so a slow password hash would add nothing but cost to every POST; the
 * hash only keeps a leaked database from yielding usable keys.
 * <p>
 * Checking a key is on the hot path of every POST, so the hash → client lookup is cached for a short
 * time. Revoking on this node clears the cache at once (after commit); other nodes of a cluster see a
 * revocation within {@link #CACHE_SECONDS}.
 */
@Service
public class ApiKeys {

    /** How long a looked-up key (valid or not) is trusted without asking the database again. */
    static final long CACHE_SECONDS = 30;
    private static final int CACHE_MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            select id, name, contact, key_prefix, created_at, created_by, revoked_at, revoked_by, version
              from open311_api_key""";

    /** The client application a valid key belongs to. */
    public record Client(long municipalityId, long keyId, String name) {
    }

    private record Cached(Client client, long expiresAtNanos) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApiKeyInfo> listKeys(long m) {
        return jdbc.sql(COLUMNS + " where municipality_id = :m order by revoked_at desc nulls first, name")
                .param("m", m).query(ApiKeys::row).list();
    }

    @Transactional(readOnly = true)
    public ApiKeyInfo findKey(long m, long id) {
        return jdbc.sql(COLUMNS + " where municipality_id = :m and id = :id").param("m", m).param("id", id)
                .query(ApiKeys::row).optional().orElseThrow(() -> new NotFoundException("ApiKey", id));
    }

    /** Creates a key for a client application; the answer holds the key, which is not kept anywhere. */
    @Transactional
    public NewApiKey createKey(long m, ApiKeyInput in) {
        String name = in.getName() == null ? "" : in.getName().trim();
        if (name.isEmpty()) {
            throw new RuleViolationException("name", "open311.key.name.required");
        }
        if (name.length() > 100) {
            throw new RuleViolationException("name", "open311.key.name.tooLong");
        }
        String contact = in.getContact() == null || in.getContact().isBlank() ? null : in.getContact().trim();
        if (contact != null && contact.length() > 200) {
            throw new RuleViolationException("contact", "open311.key.contact.tooLong");
        }
        boolean taken = jdbc.sql("select count(*) from open311_api_key where municipality_id = :m and lower(name) = lower(:n)")
                .param("m", m).param("n", name).query(Long.class).single() > 0;
        if (taken) {
            throw new RuleViolationException("name", "open311.key.name.taken");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into open311_api_key (municipality_id, name, contact, key_hash, key_prefix, created_at, created_by)
                values (:m, :n, :c, :h, :p, :at, :by)""")
                .param("m", m).param("n", name).param("c", contact).param("h", hash(key)).param("p", key.substring(0, 8))
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("by", CurrentUser.actorName()).update(keys, "id");
        long id = keys.getKey().longValue();
        // the key itself is never written to the audit log: only its name and prefix
        events.publishEvent(StateChanged.of(m, "Open311ApiKey", id, "created").value("name", name)
                .value("contact", contact).value("keyPrefix", key.substring(0, 8)).build());
        return new NewApiKey(findKey(m, id), key);
    }

    /** Revokes a key: every later request with it is refused (403). A revoked key stays listed. */
    @Transactional
    public ApiKeyInfo revokeKey(long m, long id) {
        ApiKeyInfo before = findKey(m, id);
        if (before.revoked()) {
            throw new RuleViolationException("revoked", "open311.key.alreadyRevoked");
        }
        int n = jdbc.sql("""
                update open311_api_key set revoked_at = :at, revoked_by = :by, version = version + 1
                 where id = :id and municipality_id = :m and version = :v and revoked_at is null""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("by", CurrentUser.actorName())
                .param("id", id).param("m", m).param("v", before.version()).update();
        if (n == 0) {
            throw new StaleVersionException("ApiKey", id);
        }
        ApiKeyInfo after = findKey(m, id);
        events.publishEvent(StateChanged.of(m, "Open311ApiKey", id, "revoked").field("revokedAt", null, after.revokedAt())
                .field("revokedBy", null, after.revokedBy()).build());
        // clear now (a request racing the commit might cache the old state) and again after commit
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
        return after;
    }

    /** The client application of a valid (existing, not revoked) key, from the cache when possible. */
    public Optional<Client> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        String h = hash(key.trim());
        long now = System.nanoTime();
        Cached c = cache.get(h);
        if (c == null || now - c.expiresAtNanos() > 0) {
            Client client = jdbc.sql("select municipality_id, id, name from open311_api_key where key_hash = :h and revoked_at is null")
                    .param("h", h).query((rs, i) -> new Client(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                    .optional().orElse(null);
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            c = new Cached(client, now + CACHE_SECONDS * 1_000_000_000L);
            cache.put(h, c);
        }
        return Optional.ofNullable(c.client());
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKeyInfo row(ResultSet rs, int n) throws SQLException {
        return new ApiKeyInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                rs.getString(6), instant(rs, 7), rs.getString(8), rs.getLong(9));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
