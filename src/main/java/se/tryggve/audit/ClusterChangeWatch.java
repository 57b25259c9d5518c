package se.tryggve.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.tryggve.shared.ChangedElsewhere;

/**
 * Lets an instance notice what other instances changed (issue 8): every couple of seconds it reads the audit
 * entries that appeared since its last look — each committed change writes one, in its own transaction — and
 * publishes {@link ChangedElsewhere} per municipality, so per-instance memories (the public response cache, the
 * search index's stale mark) follow within about {@code tryggve.cluster.change-poll} of a change made elsewhere.
 * One indexed query per poll (the primary key). An entry whose transaction commits after a later entry was
 * already seen is missed here; the public response cache's time to live (30 s) still bounds that case.
 * Off with {@code tryggve.cluster.watch-changes=false} (the test profile, whose tests count cache hits).
 */
@Component
@ConditionalOnProperty(name = "tryggve.cluster.watch-changes", havingValue = "true", matchIfMissing = true)
class ClusterChangeWatch {

    private static final Logger log = LoggerFactory.getLogger(ClusterChangeWatch.class);
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private volatile Long seen;

    ClusterChangeWatch(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks where this instance starts following as soon as it is ready to serve, not at its first poll: a change
     * another instance commits between this instance's start and its first poll must still be seen (ClusterTests
     * once missed one this way). If the database is away at that moment, the first poll marks the start instead.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void markStart() {
        try {
            if (seen == null) {
                seen = latest();
            }
        } catch (RuntimeException e) {
            log.debug("Change watch: {}", e.toString());
        }
    }

    private long latest() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    @Scheduled(fixedDelayString = "${tryggve.cluster.change-poll:PT2S}", initialDelayString = "${tryggve.cluster.change-poll:PT2S}")
    void poll() {
        try {
            if (seen == null) {
                // the database was away at start; the caches are empty, so only what comes after counts
                seen = latest();
                return;
            }
            List<Object[]> rows = jdbc.sql("select id, municipality_id, object_type from audit_entry where id > :seen order by id fetch first "
                            + BATCH + " rows only")
                    .param("seen", seen)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list();
            if (rows.isEmpty()) {
                return;
            }
            Map<Long, Set<String>> byMunicipality = new HashMap<>();
            for (Object[] r : rows) {
                byMunicipality.computeIfAbsent((Long) r[1], k -> new HashSet<>()).add((String) r[2]);
            }
            seen = (Long) rows.get(rows.size() - 1)[0];
            byMunicipality.forEach((m, types) -> events.publishEvent(new ChangedElsewhere(m, types)));
        } catch (RuntimeException e) {
            // a database that is away for a moment: the next poll tries again
            log.debug("Change watch: {}", e.toString());
        }
    }
}
