package se.tryggve.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.StateChanged;

/**
 * The municipality's graffiti-guideline setting: the targets and the governing document they come from.
 * Without a saved setting the targets are Huddinge's ({@link GraffitiGuideline#defaults()}), linked to the
 * municipality's adopted guideline about graffiti ("klotter" in the title) when there is one.
 */
@Service
public class GraffitiGuidelines {

    static final String OBJECT_TYPE = "GraffitiGuideline";

    private final JdbcClient jdbc;
    private final GovernanceQueries governance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GraffitiGuidelines(JdbcClient jdbc, GovernanceQueries governance, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.governance = governance;
        this.events = events;
        this.clock = clock;
    }

    /** The targets in force for the municipality. */
    @Transactional(readOnly = true)
    public GraffitiGuideline guideline(long m) {
        return stored(m).orElseGet(() -> {
            GraffitiGuideline d = GraffitiGuideline.defaults();
            Long doc = guidelineDocuments(m).stream().filter(x -> x.title().toLowerCase().contains("klotter"))
                    .map(GoverningDocument::id).findFirst().orElse(null);
            return new GraffitiGuideline(doc, d.removalHours(), d.offensiveHours(), d.offensiveWorkingDaysOnly(),
                    d.costReductionPercent(), d.baselineFromYear(), d.baselineToYear(), d.version());
        });
    }

    /**
     * The documents a setting may link to: guidelines first (the graffiti guideline is one), then programmes;
     * never a plan or an action plan (an åtgärdsplan sets no removal targets).
     */
    @Transactional(readOnly = true)
    public List<GoverningDocument> guidelineDocuments(long m) {
        return governance.listDocuments(m).stream()
                .filter(d -> d.kind() != DocumentKind.PLAN && d.kind() != DocumentKind.ACTION_PLAN)
                .sorted(java.util.Comparator.comparing((GoverningDocument d) -> d.kind() != DocumentKind.GUIDELINE)
                        .thenComparing(GoverningDocument::title))
                .toList();
    }

    /**
     * Saves the targets. {@code expectedVersion} −1 (or null) creates the first setting; otherwise it must
     * match the stored version.
     */
    @Transactional
    public GraffitiGuideline saveGraffitiGuideline(long m, GraffitiGuideline in, Long expectedVersion) {
        if (in.documentId() != null) {
            governance.document(m, in.documentId()); // 404 for another municipality's document
        }
        check(in.removalHours() >= 1 && in.removalHours() <= 720, "removalHours", "incidentstats.guideline.hours");
        check(in.offensiveHours() >= 1 && in.offensiveHours() <= 720, "offensiveHours", "incidentstats.guideline.hours");
        check(in.costReductionPercent() >= 0 && in.costReductionPercent() <= 100, "costReductionPercent",
                "incidentstats.guideline.percent");
        check(in.baselineFromYear() >= 1990 && in.baselineFromYear() <= 2200, "baselineFromYear", "incidentstats.guideline.year");
        check(in.baselineToYear() >= in.baselineFromYear() && in.baselineToYear() <= 2200, "baselineToYear",
                "incidentstats.guideline.baselineOrder");
        Optional<GraffitiGuideline> before = stored(m);
        Timestamp now = Timestamp.from(clock.instant());
        long version;
        if (before.isEmpty()) {
            if (expectedVersion != null && expectedVersion >= 0) {
                throw new StaleVersionException(OBJECT_TYPE, m);
            }
            jdbc.sql("""
                    insert into graffiti_guideline (municipality_id, document_id, removal_hours, offensive_hours,
                      offensive_working_days_only, cost_reduction_percent, baseline_from_year, baseline_to_year, updated_at, version)
                    values (:m, :doc, :rh, :oh, :wd, :pct, :bf, :bt, :now, 0)""")
                    .params(params(m, in, now)).update();
            version = 0;
        } else {
            long current = before.get().version();
            if (expectedVersion == null || expectedVersion != current) {
                throw new StaleVersionException(OBJECT_TYPE, m);
            }
            jdbc.sql("""
                    update graffiti_guideline set document_id = :doc, removal_hours = :rh, offensive_hours = :oh,
                      offensive_working_days_only = :wd, cost_reduction_percent = :pct, baseline_from_year = :bf,
                      baseline_to_year = :bt, updated_at = :now, version = version + 1
                    where municipality_id = :m and version = :v""")
                    .params(params(m, in, now)).param("v", current).update();
            version = current + 1;
        }
        GraffitiGuideline b = before.orElse(null);
        events.publishEvent(StateChanged.of(m, OBJECT_TYPE, m, before.isEmpty() ? "created" : "updated")
                .field("documentId", b == null ? null : b.documentId(), in.documentId())
                .field("removalHours", b == null ? null : b.removalHours(), in.removalHours())
                .field("offensiveHours", b == null ? null : b.offensiveHours(), in.offensiveHours())
                .field("offensiveWorkingDaysOnly", b == null ? null : b.offensiveWorkingDaysOnly(), in.offensiveWorkingDaysOnly())
                .field("costReductionPercent", b == null ? null : b.costReductionPercent(), in.costReductionPercent())
                .field("baselineFromYear", b == null ? null : b.baselineFromYear(), in.baselineFromYear())
                .field("baselineToYear", b == null ? null : b.baselineToYear(), in.baselineToYear())
                .build());
        return new GraffitiGuideline(in.documentId(), in.removalHours(), in.offensiveHours(), in.offensiveWorkingDaysOnly(),
                in.costReductionPercent(), in.baselineFromYear(), in.baselineToYear(), version);
    }

    private static java.util.Map<String, Object> params(long m, GraffitiGuideline in, Timestamp now) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("m", m);
        p.put("doc", in.documentId());
        p.put("rh", in.removalHours());
        p.put("oh", in.offensiveHours());
        p.put("wd", in.offensiveWorkingDaysOnly());
        p.put("pct", in.costReductionPercent());
        p.put("bf", in.baselineFromYear());
        p.put("bt", in.baselineToYear());
        p.put("now", now);
        return p;
    }

    private static void check(boolean ok, String field, String key) {
        if (!ok) {
            throw new RuleViolationException(field, key);
        }
    }

    private Optional<GraffitiGuideline> stored(long m) {
        return jdbc.sql("""
                select document_id, removal_hours, offensive_hours, offensive_working_days_only, cost_reduction_percent,
                  baseline_from_year, baseline_to_year, version from graffiti_guideline where municipality_id = :m""")
                .param("m", m)
                .query((rs, i) -> new GraffitiGuideline((Long) rs.getObject("document_id", Long.class), rs.getInt("removal_hours"),
                        rs.getInt("offensive_hours"), rs.getBoolean("offensive_working_days_only"),
                        rs.getInt("cost_reduction_percent"), rs.getInt("baseline_from_year"), rs.getInt("baseline_to_year"),
                        rs.getLong("version")))
                .optional();
    }
}
