package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, CasesFixture.class})
class CaseAllocationTests {

    @Autowired
    CasesFixture fixture;
    @Autowired
    Cases cases;
    @Autowired
    Registries registries;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void serialsFollowEachOtherPerRegistryAndYear() {
        var w = fixture.world();
        CaseInfo a = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Första", "173"));
        CaseInfo b = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Andra", "106"));
        CaseInfo other = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2025, "Nytt år", "173"));
        assertThat(a.number()).isEqualTo("KS-2024/1.173");
        assertThat(b.number()).isEqualTo("KS-2024/2.106");
        assertThat(other.number()).isEqualTo("KS-2025/1.173");
        assertThat(a.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.history(w.m(), a.id())).extracting(CaseEvent::kind).containsExactly("REGISTERED");
    }

    @Test
    void aRolledBackRegistrationLeavesNoGap() {
        var w = fixture.world();
        cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Första", "173"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Ångrad", "173"));
            throw new IllegalStateException("rolled back after the number was taken");
        })).isInstanceOf(IllegalStateException.class);
        CaseInfo next = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Nästa", "173"));
        assertThat(next.serial()).isEqualTo(2);
        assertThat(cases.searchCases(w.m(), new Cases.Filter("Ångrad", null, null, null, null))).isEmpty();
    }

    @Test
    void theYearDefaultsToThisYear() {
        var w = fixture.world();
        CaseInfo c = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), null, "Utan år", "173"));
        assertThat(c.year()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear());
    }

    @Test
    void anImportedCaseKeepsItsNumberAndLaterSerialsFollowIt() {
        var w = fixture.world();
        CaseInput in = CasesFixture.caseInput(w.registry().id(), 2022, "Uppföljning av trygghetsprogram 2018–2021", "173");
        in.setSerial(177);
        CaseInfo imported = cases.registerCase(w.m(), in);
        assertThat(imported.number()).isEqualTo("KS-2022/177.173");
        assertThat(cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2022, "Nästa", "173")).number())
                .isEqualTo("KS-2022/178.173");
        CaseInput lower = CasesFixture.caseInput(w.registry().id(), 2022, "Äldre", "106");
        lower.setSerial(12);
        assertThat(cases.registerCase(w.m(), lower).number()).isEqualTo("KS-2022/12.106");
        assertThat(cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2022, "Därefter", "173")).serial())
                .isEqualTo(179);
    }

    @Test
    void aSecondCaseWithTheSameNumberIsRefusedAndNothingIsSaved() {
        var w = fixture.world();
        CaseInput in = CasesFixture.caseInput(w.registry().id(), 2022, "Original", "173");
        in.setSerial(177);
        cases.registerCase(w.m(), in);
        CaseInput again = CasesFixture.caseInput(w.registry().id(), 2022, "Dubblett", "173");
        again.setSerial(177);
        assertThatThrownBy(() -> cases.registerCase(w.m(), again)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo("serial");
            assertThat(e.messageKey()).isEqualTo("cases.number.taken");
        });
        assertThat(cases.searchCases(w.m(), new Cases.Filter("Dubblett", null, null, null, null))).isEmpty();
        long events = jdbc.sql("select count(*) from case_event where municipality_id = :m").param("m", w.m()).query(Long.class).single();
        assertThat(events).isEqualTo(1);
    }

    @Test
    void aFormatWithTheClassificationNeedsOne() {
        var w = fixture.world();
        assertThatThrownBy(() -> cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Utan klass", " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("classification"));
        assertThat(cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2024, "Med klass", "1")).serial()).isEqualTo(1);
    }

    @Test
    void registryCodesAreUniquePerMunicipality() {
        var w = fixture.world();
        assertThatThrownBy(() -> registries.createRegistry(w.m(), new RegistryInput("ks", "Igen", "KS-{serial}")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("code"));
        var other = fixture.world();
        assertThat(other.registry().code()).isEqualTo("KS");
    }

    @Test
    void manyThreadsGetDistinctSerialsWithoutGaps() throws Exception {
        var w = fixture.world();
        Registry slk = registries.createRegistry(w.m(), new RegistryInput("SLK", "Samhällsskydd", "SLK-{year}-{serial:5}"));
        int threads = 8;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    List<Integer> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(cases.registerCase(w.m(), CasesFixture.caseInput(slk.id(), 2024, "Ärende " + thread + "/" + i, null)).serial());
                    }
                    return got;
                });
            }
            List<Integer> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Integer>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * each);
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(cases.searchCases(w.m(), new Cases.Filter("SLK-2024-00400", null, null, null, null))).hasSize(1);
    }

    /**
     * Concurrent registrations are committed together (group commit), each in a savepoint of its own:
     * one that fails after its serial was taken (a title too long for the column) rolls back only
     * itself, the others keep serials 1..n without a gap, and each audit entry names its own caller.
     */
    @Test
    void aFailedRegistrationAmongConcurrentOnesLeavesNoGapAndEachCallerIsAudited() throws Exception {
        var w = fixture.world();
        Registry reg = registries.createRegistry(w.m(), new RegistryInput("GRP", "Grupp", "GRP-{year}-{serial}"));
        int threads = 8;
        int each = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Callable<List<Integer>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = "anvandare" + t;
                work.add(() -> {
                    actAs(w.m(), user);
                    try {
                        List<Integer> got = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            String title = i % 5 == 4 ? "x".repeat(600) : "Ärende " + user + "/" + i;
                            try {
                                got.add(cases.registerCase(w.m(), CasesFixture.caseInput(reg.id(), 2024, title, null)).serial());
                            } catch (org.springframework.dao.DataAccessException tooLong) {
                                refused.incrementAndGet();
                            }
                        }
                        return got;
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                });
            }
            List<Integer> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Integer>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
            assertThat(refused.get()).isEqualTo(threads * each / 5);
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        for (int t = 0; t < threads; t++) {
            long audited = jdbc.sql("""
                    select count(*) from audit_entry a join case_file c on cast(c.id as varchar(40)) = a.object_id
                     where a.municipality_id = :m and a.object_type = 'Case' and a.actor = :u and c.title like :t""")
                    .param("m", w.m()).param("u", "anvandare" + t).param("t", "Ärende anvandare" + t + "/%")
                    .query(Long.class).single();
            assertThat(audited).isEqualTo(each - each / 5);
        }
    }

    private static void actAs(long m, String username) {
        se.tryggve.security.CurrentUser user = new se.tryggve.security.CurrentUser(1, m, username, username,
                java.util.Set.of(se.tryggve.security.Role.SECRETARY), null);
        se.tryggve.security.TryggvePrincipal principal = () -> user;
        var auth = new org.springframework.security.authentication.TestingAuthenticationToken(principal, null, "ROLE_SECRETARY");
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    }

    @Test
    void otherModulesAddStepsToTheHistoryOfTheirOwnMunicipalitysCases() {
        var w = fixture.world();
        CaseInfo c = cases.registerCase(w.m(), CasesFixture.caseInput(w.registry().id(), 2022, "Uppföljning", "173"));
        cases.recordHistory(w.m(), c.id(), "PARAGRAPH", "TDB 2022-02-17 § 11");
        assertThat(cases.history(w.m(), c.id())).extracting(CaseEvent::kind).containsExactly("REGISTERED", "PARAGRAPH");
        assertThatThrownBy(() -> cases.recordHistory(w.m(), c.id(), "SOMETHING", "x")).isInstanceOf(IllegalArgumentException.class);
        var other = fixture.world();
        assertThatThrownBy(() -> cases.recordHistory(other.m(), c.id(), "PARAGRAPH", "x"))
                .isInstanceOf(se.tryggve.shared.NotFoundException.class);
    }
}
