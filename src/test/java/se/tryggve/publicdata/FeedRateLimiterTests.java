package se.tryggve.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.tryggve.shared.RuleViolationException;

/** The police feed's rules (at least 10 s between calls, at most 60 an hour) on a fake clock. */
class FeedRateLimiterTests {

    static final Instant START = Instant.parse("2025-06-16T08:00:00Z");

    @Test
    void aCallWithinTenSecondsOfTheLastWaitsForTheRest() {
        FakeClock clock = new FakeClock(START);
        List<Duration> slept = new ArrayList<>();
        FeedRateLimiter limiter = new FeedRateLimiter(clock, d -> {
            slept.add(d);
            clock.advance(d);
        });
        limiter.acquire();
        clock.advance(Duration.ofSeconds(3));
        limiter.acquire();
        assertThat(slept).containsExactly(Duration.ofSeconds(7));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
        clock.advance(Duration.ofSeconds(25));
        limiter.acquire();
        assertThat(slept).hasSize(1);
    }

    @Test
    void theSixtyFirstCallWithinAnHourIsRefusedAndAllowedWhenTheFirstHasAgedOut() {
        FakeClock clock = new FakeClock(START);
        FeedRateLimiter limiter = new FeedRateLimiter(clock, clock.sleeper());
        for (int i = 0; i < 60; i++) {
            limiter.acquire();   // each waits out the 10 s after the one before
        }
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(590));
        assertThat(limiter.callsInLastHour()).isEqualTo(60);
        assertThatThrownBy(limiter::acquire).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("publicdata.police.rateLimited");
        assertThat(limiter.callsInLastHour()).isEqualTo(60);
        // an hour after the first call its slot is free again
        clock.advance(Duration.between(clock.instant(), START.plus(Duration.ofHours(1))));
        limiter.acquire();
        assertThat(limiter.callsInLastHour()).isEqualTo(60);
    }
}
