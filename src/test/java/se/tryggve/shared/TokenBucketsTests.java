package se.tryggve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token bucket of the rate limits (issue 8), on a clock of its own. */
class TokenBucketsTests {

    @Test
    void aBurstThenTheRateAndEachKeyOnItsOwn() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(3, 0.5, now::get);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).as("empty: one token every 2 s").isEqualTo(2);
        assertThat(buckets.waitSeconds("a")).isEqualTo(2);
        assertThat(buckets.take("b")).isZero();
        now.addAndGet(1_000_000_000L);
        assertThat(buckets.take("a")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(buckets.waitSeconds("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(2);
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).as("refilled to the capacity, no more").isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }
}
