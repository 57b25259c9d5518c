package se.tryggve.publication.search;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.StateChanged;

/**
 * The search index of what the portal publishes ({@code search_entry}) and the search over it. A
 * municipality's entries are rebuilt from the published-read services whenever something of it changed
 * since the last build: every committed {@link StateChanged} (except the incident register's, whose
 * incidents are never searchable) marks it stale, and the next search rebuilds it first — so the index is
 * never older than the last commit. On PostgreSQL the search is Swedish full-text search
 * ({@code to_tsvector('swedish', …) @@ plainto_tsquery('swedish', …)} on a GIN index); elsewhere (H2) it matches
 * the Snowball Swedish stems stored with each entry. Ranking: hits in the title first, then the newest.
 */
@Service
public class SearchIndex {

    /** Results shown for one query; the page says when there are more. */
    static final int LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** One published thing as the search knows it. */
    record Entry(String kind, String ref, String url, String title, String text, LocalDate published, Instant modified) {
    }

    /** A hit: the entry and its title and snippet as highlighted segments. */
    record Hit(String kind, String url, String title, LocalDate published, List<Highlighting.Segment> titleSegments,
               List<Highlighting.Segment> snippet) {
    }

    record Results(SearchQuery query, List<Hit> hits, boolean more) {
    }

    private final JdbcClient jdbc;
    private final SearchSources sources;
    private final Municipalities municipalities;
    private final TransactionTemplate tx;
    private final boolean postgres;
    private final Map<Long, AtomicLong> changes = new ConcurrentHashMap<>();
    private final Map<Long, Long> built = new ConcurrentHashMap<>();

    SearchIndex(JdbcClient jdbc, SearchSources sources, Municipalities municipalities, PlatformTransactionManager txm,
                DataSource dataSource) throws java.sql.SQLException {
        this.jdbc = jdbc;
        this.sources = sources;
        this.municipalities = municipalities;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** A committed change makes the municipality's index stale (incidents are never indexed). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StateChanged e) {
        if (e.objectType() != null && e.objectType().startsWith("Incident")) {
            return;
        }
        changes.computeIfAbsent(e.municipalityId(), k -> new AtomicLong()).incrementAndGet();
    }

    /** A change committed by another instance on the same database (issue 8) makes the index stale here too. */
    @org.springframework.context.event.EventListener
    void on(se.tryggve.shared.ChangedElsewhere e) {
        if (e.beyondIncidents()) {
            changes.computeIfAbsent(e.municipalityId(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Rebuilds every municipality's index (at start, after the demo data). */
    public void rebuildAll() {
        for (Municipality mu : municipalities.listMunicipalities()) {
            try {
                rebuild(mu);
            } catch (RuntimeException ex) {
                // the index is a copy: a failed build is retried at the next search
                log.warn("Search index of {} not built: {}", mu.code(), ex.toString());
            }
        }
    }

    private long generation(long m) {
        return changes.computeIfAbsent(m, k -> new AtomicLong()).get();
    }

    /** Rebuilds the municipality's entries from the published-read services, in a transaction of its own. */
    public void rebuild(Municipality mu) {
        synchronized (lockOf(mu.id())) {
            long generation = generation(mu.id());
            List<Entry> entries = sources.entries(mu);
            tx.executeWithoutResult(s -> {
                jdbc.sql("delete from search_entry where municipality_id = :m").param("m", mu.id()).update();
                Map<String, Entry> unique = new LinkedHashMap<>();
                entries.forEach(e -> unique.putIfAbsent(e.kind() + ":" + e.ref(), e));
                for (Entry e : unique.values()) {
                    String all = e.title() + "\n" + e.text();
                    jdbc.sql("""
                            insert into search_entry (municipality_id, kind, ref, url, title, body, search_text, title_stems,
                              stems, published_on, modified_at)
                            values (:m, :kind, :ref, :url, :title, :body, :searchText, :titleStems, :stems, :published, :modified)""")
                            .param("m", mu.id()).param("kind", e.kind()).param("ref", e.ref()).param("url", e.url())
                            .param("title", cut(e.title(), 1000)).param("body", e.text())
                            .param("searchText", SwedishText.withBaseForms(all))
                            .param("titleStems", SwedishText.stemLine(e.title())).param("stems", SwedishText.stemLine(all))
                            .param("published", e.published())
                            .param("modified", e.modified() == null ? null : Timestamp.from(e.modified())).update();
                }
            });
            built.put(mu.id(), generation);
        }
    }

    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    private Object lockOf(long m) {
        return locks.computeIfAbsent(m, k -> new Object());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Searches the municipality's published things; an empty query finds nothing. */
    public Results search(Municipality mu, SearchQuery q) {
        if (q.empty()) {
            return new Results(q, List.of(), false);
        }
        Long b = built.get(mu.id());
        if (b == null || b != generation(mu.id())) {
            rebuild(mu);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("m", mu.id());
        params.put("limit", LIMIT + 1);
        String sql = postgres ? postgresSql(q, params) : stemSql(q, params);
        Set<String> stems = q.allStems();
        List<Hit> hits = new ArrayList<>(jdbc.sql(sql).params(params).query((rs, i) -> {
            String title = rs.getString("title");
            return new Hit(rs.getString("kind"), rs.getString("url"), title, rs.getObject("published_on", LocalDate.class),
                    Highlighting.segments(title, stems), Highlighting.snippet(rs.getString("body"), stems));
        }).list());
        boolean more = hits.size() > LIMIT;
        return new Results(q, more ? hits.subList(0, LIMIT) : hits, more);
    }

    /**
     * PostgreSQL: every word must match, each by its own form or its uncontracted form, through PostgreSQL's
     * Swedish stemming. The words are bound parameters of {@code plainto_tsquery}, which reads no operators.
     */
    private static String postgresSql(SearchQuery q, Map<String, Object> params) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < q.terms().size(); i++) {
            List<String> alternatives = new ArrayList<>();
            List<String> forms = q.terms().get(i).forms();
            for (int j = 0; j < forms.size(); j++) {
                String p = "w" + i + "_" + j;
                params.put(p, forms.get(j));
                alternatives.add("plainto_tsquery('swedish', :" + p + ")");
            }
            all.add("(" + String.join(" || ", alternatives) + ")");
        }
        String query = "(" + String.join(" && ", all) + ")";
        return "select kind, url, title, body, published_on, case when to_tsvector('swedish', title) @@ " + query
                + " then 1 else 0 end as title_hit from search_entry where municipality_id = :m"
                + " and to_tsvector('swedish', search_text) @@ " + query
                + " order by title_hit desc, published_on desc nulls last, id desc limit :limit";
    }

    /** Elsewhere: every word's stem (or its uncontracted form's) among the entry's stems. */
    private static String stemSql(SearchQuery q, Map<String, Object> params) {
        List<String> inText = new ArrayList<>();
        List<String> inTitle = new ArrayList<>();
        for (int i = 0; i < q.terms().size(); i++) {
            List<String> text = new ArrayList<>();
            List<String> title = new ArrayList<>();
            int j = 0;
            for (String stem : q.terms().get(i).stems()) {
                String p = "s" + i + "_" + j++;
                // stems are letters and digits only: no LIKE wildcard can be in them
                params.put(p, "% " + stem + " %");
                text.add("stems like :" + p);
                title.add("title_stems like :" + p);
            }
            inText.add("(" + String.join(" or ", text) + ")");
            inTitle.add("(" + String.join(" or ", title) + ")");
        }
        return "select kind, url, title, body, published_on, case when " + String.join(" and ", inTitle)
                + " then 1 else 0 end as title_hit from search_entry where municipality_id = :m and "
                + String.join(" and ", inText) + " order by title_hit desc, published_on desc nulls last, id desc limit :limit";
    }
}
