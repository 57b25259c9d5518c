package se.tryggve.shared;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-process token buckets, one per key (a client's IP address, an Open311 api_key): a bucket holds up to
 * {@code capacity} tokens and gains {@code perSecond} tokens a second; a request takes one, an empty bucket
 * refuses until it has refilled, and says how long that takes (for {@code Retry-After}, RFC 6585 4). Per
 * instance: with several instances behind a load balancer each counts its own share, which for limits meant to
 * stop guessing and flooding is enough. Memory is bounded: full buckets are forgotten when there are many keys.
 */
public final class TokenBuckets {

    private static final int MAX_KEYS = 100_000;

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public TokenBuckets(double capacity, double perSecond) {
        this(capacity, perSecond, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    public TokenBuckets(double capacity, double perSecond, LongSupplier nanoTime) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive rate");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the key: 0 when it had one, otherwise the whole seconds until the next one (at least 1). */
    public long take(String key) {
        return update(key, true);
    }

    /** Like {@link #take} but only looks: 0 when a token is there, otherwise the seconds until one is. */
    public long waitSeconds(String key) {
        return update(key, false);
    }

    private long update(String key, boolean take) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_KEYS) {
            forgetFull(now);
        }
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (b) {
            b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                if (take) {
                    b.tokens -= 1;
                }
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1_000_000_000d));
        }
    }

    private void forgetFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                if (b.tokens + (now - b.at) * perNano >= capacity) {
                    it.remove();
                }
            }
        }
    }
}
