package se.tryggve.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short while, that a password matched its stored hash, so that an
 * API client sending HTTP Basic credentials with every request (RFC 7617) does not cost a BCrypt check — about
 * 80 ms of CPU — each time. The soak of issue 8 showed those checks alone taking two-thirds of a core.
 *
 * <p>What is remembered is an HMAC-SHA256 of the password together with the stored hash, under a random key
 * that lives only in this instance's memory: never the password, never on disk or in the database. The stored
 * hash is part of the key, so a changed password (new hash) is never matched from memory; the account itself
 * is still read on every request, so a locked or demoted account takes effect at once. Only successes are
 * remembered — a wrong password always pays the full BCrypt check, and the login throttle still counts it.
 * Entries expire after {@code tryggve.security.verified-password-ttl} (5 minutes by default; 0 turns the
 * memory off).
 */
final class VerifiedPasswords implements PasswordEncoder {

    /** A bound on the memory: a client per entry; beyond it, expired entries are swept, then everything is. */
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Duration ttl) {
        this(delegate, ttl, System::nanoTime);
    }

    VerifiedPasswords(PasswordEncoder delegate, Duration ttl, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttlNanos <= 0 || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        long now = nanoTime.getAsLong();
        Long until = verified.get(fingerprint);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(u -> now - u >= 0);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(fingerprint, now + ttlNanos);
        } else {
            verified.remove(fingerprint);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many successes are remembered (for the tests). */
    int size() {
        return verified.size();
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
