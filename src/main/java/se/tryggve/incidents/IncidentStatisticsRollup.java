package se.tryggve.incidents;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.shared.StateChanged;

/**
 * Keeps the statistics rollup ({@code incident_stats_month}, {@code incident_stats_cell}) fresh. Every change
 * of an incident (its costs and photos included) publishes a {@link StateChanged} with object type
 * "Incident"; this listener marks the incident's month dirty in the same transaction, so the mark commits or
 * rolls back with the change. The statistics refresh the dirty months before they answer.
 */
@Component
class IncidentStatisticsRollup {

    static final String INCIDENT = "Incident";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final GraffitiGuidelines guidelines;
    private final Clock clock;
    /** The refresh runs in a transaction of its own, so that a read-only caller can refresh and then read. */
    private final org.springframework.transaction.support.TransactionTemplate refreshing;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncidentStatisticsRollup.class);
    private static final long NEVER = Long.MIN_VALUE;

    /**
     * How often a read may refresh ({@code tryggve.incidents.statistics-refresh-interval}, 5 s by default; 0 =
     * before every read). See {@link #refreshForReading}.
     */
    private long readIntervalNanos;
    private java.util.function.LongSupplier ticker = System::nanoTime;
    private final java.util.concurrent.ConcurrentHashMap<Long, ReadState> reads = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService background =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "incident-statistics-refresh");
                t.setDaemon(true);
                return t;
            });

    /** Per municipality and instance: when its rollup was last refreshed for a read, and whether one is under way. */
    private static final class ReadState {
        volatile long refreshedAt = NEVER;
        final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
    }

    IncidentStatisticsRollup(JdbcClient jdbc, JdbcTemplate template, GraffitiGuidelines guidelines, Clock clock,
                             org.springframework.transaction.PlatformTransactionManager transactions,
                             @org.springframework.beans.factory.annotation.Value("${tryggve.incidents.statistics-refresh-interval:PT5S}")
                             java.time.Duration readInterval) {
        this.readIntervalNanos = readInterval.toNanos();
        this.refreshing = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.refreshing.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.template = template;
        this.guidelines = guidelines;
        this.clock = clock;
    }

    /** Marks the month of the changed incident (and the month it had, if its reported time moved) dirty. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void onStateChanged(StateChanged event) {
        if (!INCIDENT.equals(event.objectType())) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.objectId());
        } catch (NumberFormatException e) {
            return;
        }
        TreeSet<LocalDate> months = new TreeSet<>();
        StateChanged.Change reported = event.changes().get("reportedAt");
        if ("reported".equals(event.action()) && reported != null && asInstant(reported.after()) != null) {
            // a new report carries its time in the event: no need to read it back
            months.add(monthOf(asInstant(reported.after())));
            markDirty(event.municipalityId(), months);
            return;
        }
        jdbc.sql("select reported_at from incident where id = :id and municipality_id = :m")
                .param("id", id).param("m", event.municipalityId())
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).optional()
                .ifPresent(t -> months.add(monthOf(t)));
        StateChanged.Change moved = event.changes().get("reportedAt");
        if (moved != null && moved.before() != null) {
            Instant before = asInstant(moved.before());
            if (before != null) {
                months.add(monthOf(before));
            }
        }
        markDirty(event.municipalityId(), months);
    }

    private static Instant asInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        try {
            return Instant.parse(o.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate monthOf(Instant t) {
        return t.atZone(GraffitiTargets.ZONE).toLocalDate().withDayOfMonth(1);
    }

    void markDirty(long m, Collection<LocalDate> months) {
        for (LocalDate month : months) {
            jdbc.sql("insert into incident_stats_dirty (municipality_id, month_start) values (:m, :month)")
                    .param("m", m).param("month", month).update();
        }
    }

    /** Marks every month that has incidents dirty: after a bulk change outside the use cases. */
    @Transactional
    public void markAllDirty(long m) {
        List<Instant> range = jdbc.sql("select min(reported_at), max(reported_at) from incident where municipality_id = :m")
                .param("m", m).query((rs, i) -> {
                    Timestamp a = rs.getTimestamp(1);
                    Timestamp b = rs.getTimestamp(2);
                    return a == null ? null : List.of(a.toInstant(), b.toInstant());
                }).single();
        if (range == null) {
            return;
        }
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate d = monthOf(range.get(0)); !d.isAfter(monthOf(range.get(1))); d = d.plusMonths(1)) {
            months.add(d);
        }
        markDirty(m, months);
    }

    boolean hasDirty(long m) {
        return jdbc.sql("select count(*) from incident_stats_dirty where municipality_id = :m")
                .param("m", m).query(Long.class).single() > 0;
    }

    /**
     * Recomputes the dirty months of a municipality, one refresh at a time (the state row is locked). In a
     * transaction of its own, so that a read-only caller (the report) can refresh and then read; it sees the
     * committed dirty marks only.
     */
    public void refresh(long m) {
        // The check runs on the caller's connection. Only when months are dirty is a second connection taken
        // for the refresh: a reader that holds one connection and waits for another can starve the pool when
        // many read at once (50 portal visitors on a pool of 10 each held one and waited for a second).
        if (!hasDirty(m)) {
            return;
        }
        refreshing.executeWithoutResult(status -> recomputeDirty(m));
    }

    /**
     * Refreshes before a read of the statistics, at most once per interval per municipality on this instance. The
     * first read after a quiet spell refreshes at once and sees every committed change (a coordinator who records
     * a removal and opens the statistics sees it). A read within the interval of the last refresh answers with
     * those figures and leaves the refresh to a background thread when the interval is up; a read while another
     * refresh is under way does not wait for it. Under a stream of reports (Open311) the figures are thus at most
     * about one interval behind, and no page view pays the recomputation of the current month — the soak of issue
     * 8 measured 190–320 ms for it on every read.
     */
    void refreshForReading(long m) {
        if (readIntervalNanos <= 0) {
            refresh(m);
            return;
        }
        if (!hasDirty(m)) {
            return;
        }
        ReadState s = reads.computeIfAbsent(m, k -> new ReadState());
        long now = ticker.getAsLong();
        long last = s.refreshedAt;
        if (!s.busy.compareAndSet(false, true)) {
            return; // another refresh is under way or planned: answer with the last figures
        }
        if (last == NEVER || now - last >= readIntervalNanos) {
            try {
                refreshing.executeWithoutResult(status -> recomputeDirty(m));
                s.refreshedAt = ticker.getAsLong();
            } finally {
                s.busy.set(false);
            }
            return;
        }
        try {
            background.schedule(() -> {
                try {
                    refreshing.executeWithoutResult(status -> recomputeDirty(m));
                    s.refreshedAt = ticker.getAsLong();
                } catch (RuntimeException e) {
                    // the next read refreshes itself (e.g. after a database outage)
                    log.warn("Background refresh of the incident statistics of municipality {} failed: {}", m, e.toString());
                } finally {
                    s.busy.set(false);
                }
            }, last + readIntervalNanos - now, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            s.busy.set(false);
        }
    }

    /** For the tests: the interval of {@link #refreshForReading} and the clock it measures with. */
    void readRefresh(java.time.Duration interval, java.util.function.LongSupplier ticker) {
        this.readIntervalNanos = interval.toNanos();
        this.ticker = ticker;
        reads.clear();
    }

    @jakarta.annotation.PreDestroy
    void stopBackground() {
        background.shutdownNow();
    }

    private void recomputeDirty(long m) {
        lock(m);
        List<long[]> dirty = jdbc.sql("select id, month_start from incident_stats_dirty where municipality_id = :m")
                .param("m", m)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getObject(2, LocalDate.class).toEpochDay()}).list();
        if (dirty.isEmpty()) {
            return;
        }
        long maxId = dirty.stream().mapToLong(d -> d[0]).max().orElseThrow();
        TreeSet<Long> months = new TreeSet<>();
        dirty.forEach(d -> months.add(d[1]));
        GraffitiGuideline g = guidelines.guideline(m);
        Map<Long, Boolean> graffiti = new HashMap<>();
        jdbc.sql("select id, guideline from incident_category where municipality_id = :m").param("m", m)
                .query((rs, i) -> graffiti.put(rs.getLong(1), "GRAFFITI".equals(rs.getString(2)))).list();
        for (long day : months) {
            recompute(m, LocalDate.ofEpochDay(day), g, graffiti);
        }
        jdbc.sql("delete from incident_stats_dirty where municipality_id = :m and id <= :max")
                .param("m", m).param("max", maxId).update();
    }

    private void lock(long m) {
        Timestamp now = Timestamp.from(clock.instant());
        int n = jdbc.sql("update incident_stats_state set refreshed_at = :t where municipality_id = :m")
                .param("t", now).param("m", m).update();
        if (n == 0) {
            try {
                jdbc.sql("insert into incident_stats_state (municipality_id, refreshed_at) values (:m, :t)")
                        .param("m", m).param("t", now).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                jdbc.sql("update incident_stats_state set refreshed_at = :t where municipality_id = :m")
                        .param("t", now).param("m", m).update();
            }
        }
    }

    /** One rollup row in the making. */
    static final class Cell {
        int reports;
        int removed;
        int assessed;
        int within;
        int police;
        final int[] channels = new int[Channel.values().length];
        BigDecimal cost = BigDecimal.ZERO;
        final Map<Integer, Integer> histogram = new java.util.TreeMap<>();
    }

    private void recompute(long m, LocalDate month, GraffitiGuideline g, Map<Long, Boolean> graffiti) {
        jdbc.sql("delete from incident_stats_month where municipality_id = :m and month_start = :d").param("m", m).param("d", month).update();
        jdbc.sql("delete from incident_stats_cell where municipality_id = :m and month_start = :d").param("m", m).param("d", month).update();
        Instant from = month.atStartOfDay(GraffitiTargets.ZONE).toInstant();
        Instant to = month.plusMonths(1).atStartOfDay(GraffitiTargets.ZONE).toInstant();
        Map<List<Object>, Cell> cells = new HashMap<>();
        Map<List<Integer>, int[]> grid = new HashMap<>();
        template.query("""
                select i.district_id, i.category_id, i.offensive, i.status, i.channel, i.police_reported, i.police_report_number,
                  i.reported_at, i.removed_at, i.removal_minutes, i.within_target, i.latitude, i.longitude,
                  (select sum(k.amount) from incident_cost k where k.incident_id = i.id) as cost
                from incident i where i.municipality_id = ? and i.reported_at >= ? and i.reported_at < ?""",
                (ResultSet rs) -> {
                    add(rs, cells, grid, g, graffiti);
                }, m, Timestamp.from(from), Timestamp.from(to));
        List<Object[]> rows = new ArrayList<>();
        cells.forEach((k, c) -> rows.add(new Object[] {m, month, k.get(0), k.get(1), k.get(2), c.reports, c.removed, c.assessed,
                c.within, c.police, c.channels[0], c.channels[1], c.channels[2], c.channels[3], c.channels[4], c.cost,
                IncidentStatisticsHistogram.encode(c.histogram), c.channels[5]}));
        template.batchUpdate("""
                insert into incident_stats_month (municipality_id, month_start, district_id, category_id, offensive, reports, removed,
                  assessed, within_target, police_reported, channel_open311, channel_web_form, channel_phone, channel_staff,
                  channel_police, cost, removal_histogram, channel_partner) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        List<Object[]> cellRows = new ArrayList<>();
        grid.forEach((k, v) -> cellRows.add(new Object[] {m, month, k.get(0), k.get(1), v[0], v[1]}));
        template.batchUpdate("""
                insert into incident_stats_cell (municipality_id, month_start, cell_lat, cell_lon, reports, offensive)
                values (?, ?, ?, ?, ?, ?)""", cellRows);
    }

    private static void add(ResultSet rs, Map<List<Object>, Cell> cells, Map<List<Integer>, int[]> grid, GraffitiGuideline g,
                            Map<Long, Boolean> graffiti) throws SQLException {
        IncidentStatus status = IncidentStatus.valueOf(rs.getString("status"));
        if (status == IncidentStatus.DUPLICATE) {
            return; // a duplicate is the same graffiti reported twice: counted once, under the first report
        }
        long district = rs.getLong("district_id");
        long category = rs.getLong("category_id");
        boolean offensive = rs.getBoolean("offensive");
        Cell c = cells.computeIfAbsent(List.of(district, category, offensive), k -> new Cell());
        c.reports++;
        c.channels[Channel.valueOf(rs.getString("channel")).ordinal()]++;
        if (rs.getBoolean("police_reported") || rs.getString("police_report_number") != null) {
            c.police++;
        }
        BigDecimal cost = rs.getBigDecimal("cost");
        if (cost != null) {
            c.cost = c.cost.add(cost);
        }
        Timestamp removedAt = rs.getTimestamp("removed_at");
        if (removedAt != null) {
            Instant reported = rs.getTimestamp("reported_at").toInstant();
            Instant removed = removedAt.toInstant();
            c.removed++;
            int minutes = rs.getObject("removal_minutes") != null ? rs.getInt("removal_minutes")
                    : GraffitiTargets.removalMinutes(reported, removed);
            c.histogram.merge(IncidentStatisticsHistogram.bucket(minutes), 1, Integer::sum);
            if (Boolean.TRUE.equals(graffiti.get(category))) {
                c.assessed++;
                Object stored = rs.getObject("within_target");
                boolean within = stored != null ? rs.getBoolean("within_target")
                        : GraffitiTargets.withinTarget(g, reported, removed, offensive);
                if (within) {
                    c.within++;
                }
            }
        }
        double lat = rs.getDouble("latitude");
        if (!rs.wasNull()) {
            double lon = rs.getDouble("longitude");
            if (!rs.wasNull()) {
                int[] v = grid.computeIfAbsent(List.of(IncidentStatisticsHistogram.cellLat(lat), IncidentStatisticsHistogram.cellLon(lon)),
                        k -> new int[2]);
                v[0]++;
                if (offensive) {
                    v[1]++;
                }
            }
        }
    }
}
