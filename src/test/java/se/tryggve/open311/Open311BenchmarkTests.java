package se.tryggve.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.TestDatabase;

/**
 * Open311 under load, over real HTTP against the running test server: many concurrent clients POST
 * reports for a sustained period (goal ≥ 500 per second, 99th percentile under 100 ms), every
 * accepted request must be in the register afterwards; then GET one request and lists (goal: 99th
 * percentile under 50 ms). The clients run on the same two cores as the server. Prints BENCHMARK lines.
 */
@Tag("benchmark")
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, Open311Fixture.class})
class Open311BenchmarkTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int CLIENTS = Integer.getInteger("open311.bench.clients", 32);
    static final int POST_SECONDS = Integer.getInteger("open311.bench.seconds", 20);
    static final int GET_SECONDS = Integer.getInteger("open311.bench.get-seconds", 10);

    @LocalServerPort
    int port;
    @Autowired
    Open311Fixture fixture;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** cpuNanos: CPU time of this JVM (server and clients; not PostgreSQL's processes) during the run. */
    record Outcome(List<Long> ids, long[] nanos, int failures, long cpuNanos) {
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void postAndGetUnderLoad() throws Exception {
        String db = TestDatabase.postgresPass() ? "postgresql" : "h2";
        var w = fixture.world();
        String base = "http://localhost:" + port + "/open311/v2/";

        runPosts(w, base, 16, Duration.ofSeconds(5)); // warm-up: JIT, connection pools, caches
        long before = fixture.incidents(w.municipality().id());
        long start = System.nanoTime();
        Outcome posts = runPosts(w, base, CLIENTS, Duration.ofSeconds(POST_SECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;
        print("open311_post", db, posts, seconds);

        // every accepted request is in the register
        long after = fixture.incidents(w.municipality().id());
        assertThat(posts.failures()).isZero();
        assertThat(after - before).isEqualTo(posts.ids().size());
        long found = 0;
        for (int i = 0; i < posts.ids().size(); i += 1000) {
            List<Long> chunk = posts.ids().subList(i, Math.min(posts.ids().size(), i + 1000));
            found += jdbc.sql("select count(*) from incident where municipality_id = :m and id in (:ids)")
                    .param("m", w.municipality().id()).param("ids", chunk).query(Long.class).single();
        }
        assertThat(found).isEqualTo(posts.ids().size());
        System.out.printf(Locale.ROOT, "BENCHMARK open311_post_durability db=%s accepted=%d present=%d%n", db,
                posts.ids().size(), found);

        List<Long> ids = posts.ids();
        Outcome one = runGets(base + "requests/%d.json?jurisdiction_id=" + w.code(), ids, CLIENTS, Duration.ofSeconds(GET_SECONDS));
        print("open311_get_one", db, one, GET_SECONDS);
        Outcome list = runGets(base + "requests.xml?jurisdiction_id=" + w.code() + "&service_request_id=%d,"
                + ids.get(0) + "," + ids.get(1), ids, CLIENTS, Duration.ofSeconds(GET_SECONDS));
        print("open311_get_ids", db, list, GET_SECONDS);
        Outcome services = runGets(base + "services.json?jurisdiction_id=" + w.code() + "&x=%d", ids, CLIENTS,
                Duration.ofSeconds(GET_SECONDS));
        print("open311_get_services", db, services, GET_SECONDS);
        assertThat(one.failures() + list.failures() + services.failures()).isZero();
    }

    Outcome runPosts(Open311Fixture.World w, String base, int clients, Duration duration) throws Exception {
        URI uri = URI.create(base + "requests.json");
        long cpu0 = processCpu();
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger failures = new AtomicInteger();
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        List<long[]> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[200_000];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        ThreadLocalRandom r = ThreadLocalRandom.current();
                        String body = form("api_key", w.key(), "jurisdiction_id", w.code(), "service_code", "graffiti",
                                "lat", String.valueOf(59.20 + r.nextDouble() * 0.05), "long", String.valueOf(17.95 + r.nextDouble() * 0.05),
                                "attribute[offensive]", r.nextInt(10) == 0 ? "yes" : "no", "attribute[surface]", "wall",
                                "description", "Klotter på fasaden, cirka två kvadratmeter", "email", "test@example.se",
                                "device_id", "bench-" + Thread.currentThread().getId());
                        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                            long t = System.nanoTime() - t0;
                            if (res.statusCode() == 200) {
                                JsonNode j = JSON.readTree(res.body());
                                ids.add(j.get(0).get("service_request_id").asLong());
                                if (n < mine.length) {
                                    mine[n++] = t;
                                }
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    times.add(Arrays.copyOf(mine, n));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(List.copyOf(ids), merge(times), failures.get(), processCpu() - cpu0);
    }

    Outcome runGets(String pattern, List<Long> ids, int clients, Duration duration) throws Exception {
        long cpu0 = processCpu();
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger failures = new AtomicInteger();
        List<long[]> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[500_000];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                        HttpRequest req = HttpRequest.newBuilder(URI.create(String.format(Locale.ROOT, pattern, id)))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                            long t = System.nanoTime() - t0;
                            if (res.statusCode() == 200 && n < mine.length) {
                                mine[n++] = t;
                            } else if (res.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    times.add(Arrays.copyOf(mine, n));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(List.of(), merge(times), failures.get(), processCpu() - cpu0);
    }

    static long[] merge(List<long[]> parts) {
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    static void print(String name, String db, Outcome o, double seconds) {
        long[] t = o.nanos();
        System.out.printf(Locale.ROOT,
                "BENCHMARK %s db=%s clients=%d seconds=%.1f requests=%d per_second=%.0f failures=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f jvm_cpu_ms_per_request=%.2f load_average=%.1f%n",
                name, db, CLIENTS, seconds, t.length, t.length / seconds, o.failures(), pct(t, 0.50), pct(t, 0.95), pct(t, 0.99),
                t.length == 0 ? 0 : t[t.length - 1] / 1e6, t.length == 0 ? 0 : o.cpuNanos() / 1e6 / t.length,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String form(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}
