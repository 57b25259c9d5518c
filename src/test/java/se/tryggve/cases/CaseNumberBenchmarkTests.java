package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Case-number allocation under load: several threads register cases in one registry and year, each
 * registration its own transaction (counter update, case row, history row, audit entry), and the
 * serials must come out 1..n. Also the bare allocation (counter update only) per second. The goal is at
 * least 1,000 allocations per second on PostgreSQL. Prints BENCHMARK lines; figures in docs/performance.md.
 */
@Tag("benchmark")
@IntegrationTest
@Import({TestData.class, CasesFixture.class})
class CaseNumberBenchmarkTests {

    @Autowired
    CasesFixture fixture;
    @Autowired
    Cases cases;
    @Autowired
    Registries registries;
    @Autowired
    CaseSerials serials;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseRegistrationCombiner combiner;

    @Test
    void allocationsPerSecond() throws Exception {
        String db = TestDatabase.postgresPass() ? "postgresql" : "h2";
        var w = fixture.world();
        for (int threads : new int[] {1, 4, 8, 16}) {
            Registry r = registries.createRegistry(w.m(), new RegistryInput("B" + threads, "Bänk", "{registry}-{year}-{serial:6}"));
            int each = 2000 / threads;
            // warm-up in another year
            run(threads, 20, () -> cases.registerCase(w.m(), CasesFixture.caseInput(r.id(), 2000, "Uppvärmning", null)).serial());
            long batchesBefore = combiner.batches.get();
            long batchedBefore = combiner.batched.get();
            long start = System.nanoTime();
            List<Integer> got = run(threads, each, () -> cases.registerCase(w.m(),
                    CasesFixture.caseInput(r.id(), 2024, "Bänkärende", null)).serial());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertDistinctAndGapless(got);
            long batches = combiner.batches.get() - batchesBefore;
            System.out.printf(java.util.Locale.ROOT,
                    "BENCHMARK case_register db=%s threads=%d cases=%d per_second=%.0f commits=%d cases_per_commit=%.1f%n",
                    db, threads, got.size(), got.size() / seconds, batches,
                    batches == 0 ? 0.0 : (combiner.batched.get() - batchedBefore) / (double) batches);

            start = System.nanoTime();
            List<Integer> bare = run(threads, each, () -> transactions.execute(s -> serials.next(w.m(), r.id(), 2030)));
            seconds = (System.nanoTime() - start) / 1e9;
            assertDistinctAndGapless(bare);
            System.out.printf(java.util.Locale.ROOT, "BENCHMARK case_serial_allocate db=%s threads=%d serials=%d per_second=%.0f%n",
                    db, threads, bare.size(), bare.size() / seconds);
        }

        // Each thread in a registry of its own: no shared counter row, so commits of different
        // registries overlap (the database flushes them together).
        int threads = 8;
        List<Registry> own = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            own.add(registries.createRegistry(w.m(), new RegistryInput("E" + t, "Egen", "{registry}-{year}-{serial}")));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ThreadLocal<Registry> mine = ThreadLocal.withInitial(() -> own.get(next.getAndIncrement()));
        long start = System.nanoTime();
        List<Integer> spread = run(threads, 250, () -> transactions.execute(s -> serials.next(w.m(), mine.get().id(), 2024)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(new HashSet<>(spread)).hasSize(250);
        System.out.printf(java.util.Locale.ROOT,
                "BENCHMARK case_serial_allocate_own_registry db=%s threads=%d serials=%d per_second=%.0f%n",
                db, threads, spread.size(), spread.size() / seconds);
    }

    private static void assertDistinctAndGapless(List<Integer> got) {
        Set<Integer> distinct = new HashSet<>(got);
        assertThat(distinct).hasSize(got.size());
        assertThat(distinct.stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(got.size());
    }

    private static List<Integer> run(int threads, int each, Callable<Integer> one) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    List<Integer> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(one.call());
                    }
                    return got;
                });
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
