package se.tryggve.publicdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.tryggve.shared.RuleViolationException;

/**
 * The police events feed's published rules for a client (polisen.se, "Om API:et"): at least 10 seconds
 * between calls and at most 60 calls an hour. One limiter for the whole installation, since the rule is
 * per client, not per municipality. A call within 10 s of the last one waits (through the {@link Sleeper},
 * so tests advance a fake clock instead of sleeping); a 61st call within an hour is refused, never sent.
 * In-process: an installation with several instances must let one of them fetch.
 */
@Component
class FeedRateLimiter {

    static final Duration MIN_SPACING = Duration.ofSeconds(10);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_PER_WINDOW = 60;

    /** Waits the given time; {@code Thread::sleep} in production, a clock advance in tests. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> calls = new ArrayDeque<>();

    @org.springframework.beans.factory.annotation.Autowired
    FeedRateLimiter(Clock clock, ObjectProvider<Sleeper> sleeper) {
        this(clock, sleeper.getIfAvailable(() -> d -> Thread.sleep(d.toMillis())));
    }

    FeedRateLimiter(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Takes a slot for one call: waits until 10 s have passed since the last call, then refuses if 60 calls
     * were made in the past hour. Synchronized, so concurrent fetches queue and keep the spacing.
     */
    synchronized void acquire() {
        Instant now = clock.instant();
        if (!calls.isEmpty()) {
            Duration since = Duration.between(calls.peekLast(), now);
            if (since.compareTo(MIN_SPACING) < 0) {
                try {
                    sleeper.sleep(MIN_SPACING.minus(since));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RuleViolationException(null, "publicdata.police.interrupted");
                }
                now = clock.instant();
            }
        }
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(WINDOW))) {
            calls.pollFirst();
        }
        if (calls.size() >= MAX_PER_WINDOW) {
            long minutes = Math.max(1, Duration.between(now, calls.peekFirst().plus(WINDOW)).toMinutes() + 1);
            throw new RuleViolationException(null, "publicdata.police.rateLimited", MAX_PER_WINDOW, minutes);
        }
        calls.addLast(now);
    }

    /** Calls made within the past hour (for the page). */
    synchronized int callsInLastHour() {
        Instant now = clock.instant();
        return (int) calls.stream().filter(c -> c.isAfter(now.minus(WINDOW))).count();
    }
}
