package se.tryggve.publicdata;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.tryggve.shared.JobLock;
import se.tryggve.shared.RuleViolationException;

/**
 * The optional scheduled fetch of the police feed: off by default; a municipality turns it on in its
 * settings with an interval of at least 10 minutes. Every fetch goes through the same rate limiter as a
 * fetch by hand, so the feed's rules hold whatever the number of municipalities.
 */
@Component
class PoliceFeedSchedule {

    private static final Logger log = LoggerFactory.getLogger(PoliceFeedSchedule.class);

    private final JdbcClient jdbc;
    private final ContextEvents contextEvents;
    private final Clock clock;
    private final JobLock lock;

    PoliceFeedSchedule(JdbcClient jdbc, ContextEvents contextEvents, Clock clock, JobLock lock) {
        this.jdbc = jdbc;
        this.contextEvents = contextEvents;
        this.clock = clock;
        this.lock = lock;
    }

    @Scheduled(fixedDelayString = "${tryggve.publicdata.schedule-check:PT1M}", initialDelayString = "${tryggve.publicdata.schedule-check:PT1M}")
    void scheduled() {
        // with several instances one of them checks per round (issue 8): the feed's rate limit is per process,
        // so two instances fetching the same municipality would break the police's rules (≥ 10 s apart)
        lock.runExclusively("publicdata-police-feed", java.time.Duration.ofMinutes(10), java.time.Duration.ofSeconds(30), this::fetchDue);
    }

    void fetchDue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                select municipality_id, fetch_interval_minutes, last_scheduled_fetch from publicdata_settings
                 where scheduled_fetch = true order by municipality_id""")
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
                    boolean isDue = last == null || !last.toInstant().plusSeconds(60L * rs.getInt(2)).isAfter(now);
                    return isDue ? rs.getLong(1) : null;
                }).list().stream().filter(java.util.Objects::nonNull).toList();
        for (long m : due) {
            jdbc.sql("update publicdata_settings set last_scheduled_fetch = :now where municipality_id = :m")
                    .param("now", now.atOffset(ZoneOffset.UTC)).param("m", m).update();
            try {
                var r = contextEvents.fetchPoliceEvents(m);
                log.info("Police feed for municipality {}: {} new, {} updated", m, r.created(), r.updated());
            } catch (RuleViolationException e) {
                log.warn("Police feed for municipality {} not fetched: {}", m, e.messageKey());
            } catch (RuntimeException e) {
                log.warn("Police feed for municipality {} failed: {}", m, e.toString());
            }
        }
    }
}
