package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import se.tryggve.audit.AuditLog;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, GovernanceFixture.class})
class GovernanceUseCaseTests {

    @Autowired
    GovernanceFixture fixture;
    @Autowired
    Governance governance;
    @Autowired
    GovernanceQueries queries;
    @Autowired
    AuditLog audit;

    GovernanceFixture.World w;
    long m;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        m = w.m;
    }

    @Test
    void createAndUpdateDocumentAuditsBeforeAndAfter() {
        GoverningDocument d = w.programme("Program A");
        assertThat(d.status()).isEqualTo(DocumentStatus.DRAFT);
        GoverningDocument u = governance.updateDocument(m, d.id(), d.version(), new DocumentData(DocumentKind.PLAN, "Plan B",
                LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), "Nytt mål", Set.of(Perspective.ENVIRONMENT), null));
        assertThat(u.title()).isEqualTo("Plan B");
        assertThat(u.version()).isEqualTo(d.version() + 1);
        var entries = audit.search(m, new AuditLog.Filter(null, "GoverningDocument", String.valueOf(d.id()), "updated", null, null), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes().get("title")).containsEntry("before", "Program A").containsEntry("after", "Plan B");
        assertThat(entries.get(0).changes()).containsKeys("kind", "validFrom", "perspectives");
    }

    @Test
    void staleUpdateIsRefusedAndNothingIsLost() {
        GoverningDocument d = w.programme("Program A");
        governance.updateDocument(m, d.id(), d.version(), data("Första ändringen"));
        assertThatThrownBy(() -> governance.updateDocument(m, d.id(), d.version(), data("Andra ändringen")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(queries.document(m, d.id()).title()).isEqualTo("Första ändringen");
    }

    @Test
    void periodMayNotEndBeforeItStartsAndNothingIsSaved() {
        long before = queries.listDocuments(m).size();
        assertThatThrownBy(() -> governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, "X",
                LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
        assertThat(queries.listDocuments(m)).hasSize((int) before);
    }

    @Test
    void adoptNeedsDecisionAndExpiredDocumentsAreReadOnly() {
        GoverningDocument d = w.programme("Program A");
        assertThatThrownBy(() -> governance.adoptDocument(m, d.id(), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> governance.expireDocument(m, d.id())).isInstanceOf(RuleViolationException.class);
        GoverningDocument adopted = governance.adoptDocument(m, d.id(),
                new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2018, 6, 18), "§ 123", "KS-2016/1151.149"));
        assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThat(adopted.decision().paragraph()).isEqualTo("§ 123");

        Area a = w.area(d.id(), "Område");
        assertThat(audit.search(m, new AuditLog.Filter(null, "Area", String.valueOf(a.id()), "createdAfterAdoption", null, null), 0, 5))
                .hasSize(1);

        governance.expireDocument(m, d.id());
        assertThatThrownBy(() -> w.area(d.id(), "Till"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.document.expiredReadOnly"));
    }

    @Test
    void areasStayOrderedAndGapFree() {
        GoverningDocument d = w.programme("Program A");
        Area a1 = w.area(d.id(), "Ett");
        Area a2 = w.area(d.id(), "Två");
        Area a3 = w.area(d.id(), "Tre");
        governance.moveAreaUp(m, a3.id());
        assertThat(queries.areas(m, d.id())).extracting(Area::title).containsExactly("Ett", "Tre", "Två");
        governance.moveAreaDown(m, a1.id());
        assertThat(queries.areas(m, d.id())).extracting(Area::title).containsExactly("Tre", "Ett", "Två");
        governance.moveAreaUp(m, a3.id());
        assertThat(queries.areas(m, d.id())).extracting(Area::ordinal).containsExactly(1, 2, 3);
        governance.removeArea(m, a1.id());
        assertThat(queries.areas(m, d.id())).extracting(Area::title).containsExactly("Tre", "Två");
        assertThat(queries.areas(m, d.id())).extracting(Area::ordinal).containsExactly(1, 2);
        w.goal(d.id(), a2.id(), null, "Mål", w.depA);
        assertThatThrownBy(() -> governance.removeArea(m, a2.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void goalsFormAHierarchyWithValidatedOwners() {
        GoverningDocument d = w.programme("Program A");
        Area a = w.area(d.id(), "Ett");
        Area b = w.area(d.id(), "Två");
        Goal top = w.goal(d.id(), a.id(), null, "Övergripande", w.depA, w.depB);
        Goal sub = w.goal(d.id(), a.id(), top.id(), "Underliggande", w.depA);
        assertThat(top.ownerDepartmentIds()).containsExactlyInAnyOrder(w.depA, w.depB);
        assertThat(sub.parentId()).isEqualTo(top.id());

        long foreignDepartment = fixture.department(fixture.testData.newMunicipality("Annan").id(), "Främmande");
        assertThatThrownBy(() -> w.goal(d.id(), a.id(), null, "X", foreignDepartment))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("governance.department.unknown"));
        assertThatThrownBy(() -> w.goal(d.id(), a.id(), null, "X"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("ownerDepartmentIds"));
        assertThatThrownBy(() -> w.goal(d.id(), b.id(), top.id(), "Fel område", w.depA))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
        assertThatThrownBy(() -> governance.updateGoal(m, top.id(), top.version(),
                new GoalData(a.id(), sub.id(), "Cykel", null, Set.of(w.depA), false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("governance.goal.parentCycle"));

        Goal updated = governance.updateGoal(m, sub.id(), sub.version(),
                new GoalData(a.id(), top.id(), "Underliggande mål", "Beskrivning", Set.of(w.depB), true, null));
        assertThat(updated.ownerDepartmentIds()).containsExactly(w.depB);
        var entry = audit.search(m, new AuditLog.Filter(null, "Goal", String.valueOf(sub.id()), "updated", null, null), 0, 5).get(0);
        assertThat(entry.changes().get("title")).containsEntry("before", "Underliggande").containsEntry("after", "Underliggande mål");
    }

    @Test
    void indicatorsCheckKoladaIdAndKeepTargets() {
        GoverningDocument d = w.programme("Program A");
        Indicator i = w.indicator(d.id(), null, Map.of(2020, new BigDecimal("9800"), 2021, new BigDecimal("9500")));
        assertThat(queries.indicator(m, i.id()).targets()).containsOnlyKeys(2020, 2021);
        assertThatThrownBy(() -> governance.addIndicator(m, d.id(), new IndicatorData(null, "X", "st",
                Direction.HIGHER_IS_BETTER, IndicatorSource.KOLADA, "N0754", null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("koladaKpi"));
        assertThatThrownBy(() -> governance.addIndicator(m, d.id(), new IndicatorData(null, "X", "st",
                Direction.HIGHER_IS_BETTER, IndicatorSource.KOLADA, null, null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.indicator.koladaRequired"));
        Indicator u = governance.updateIndicator(m, i.id(), i.version(), new IndicatorData(null, i.name(), "antal",
                Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA, "N07540", 2018, new BigDecimal("10000"),
                Map.of(2021, new BigDecimal("9000")), null));
        assertThat(u.targets()).containsOnlyKeys(2021);
        assertThat(u.baselineYear()).isEqualTo(2018);
    }

    @Test
    void activitiesLinkGoalsOfTheSameDocumentAndGuardTheirStatus() {
        GoverningDocument d = w.programme("Program A");
        GoverningDocument other = w.programme("Program B");
        Area a = w.area(d.id(), "Ett");
        Area oa = w.area(other.id(), "Annat");
        Goal g = w.goal(d.id(), a.id(), null, "Mål", w.depA);
        Goal og = w.goal(other.id(), oa.id(), null, "Annat mål", w.depA);

        assertThatThrownBy(() -> w.activity(d.id(), "Fel", ActivityStatus.PLANNED, w.depA, g.id(), og.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.activity.goalNotInDocument"));
        assertThatThrownBy(() -> governance.createActivity(m, new ActivityData(d.id(), "Utan mål", null, Set.of(), w.depA,
                2019, 2020, ActivityStatus.PLANNED, null, false, null))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> governance.createActivity(m, new ActivityData(d.id(), "Baklänges", null, Set.of(g.id()), w.depA,
                2021, 2019, ActivityStatus.PLANNED, null, false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("endYear"));

        Activity act = w.activity(d.id(), "Trygghetsvandring", ActivityStatus.PLANNED, w.depA, g.id());
        Activity cancelled = governance.updateActivity(m, act.id(), act.version(), new ActivityData(d.id(), act.title(), null,
                Set.of(g.id()), w.depA, 2019, 2021, ActivityStatus.CANCELLED, null, false, null));
        assertThatThrownBy(() -> governance.updateActivity(m, act.id(), cancelled.version(), new ActivityData(d.id(),
                act.title(), null, Set.of(g.id()), w.depA, 2019, 2021, ActivityStatus.DONE, null, false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("status"));
        var entry = audit.search(m, new AuditLog.Filter(null, "Activity", String.valueOf(act.id()), "updated", null, null), 0, 5).get(0);
        assertThat(entry.changes().get("status")).containsEntry("before", "PLANNED").containsEntry("after", "CANCELLED");

        assertThat(queries.activities(m, new GovernanceQueries.ActivityFilter(d.id(), w.depA, ActivityStatus.CANCELLED, g.id())))
                .extracting(Activity::id).containsExactly(act.id());
        assertThat(queries.activities(m, new GovernanceQueries.ActivityFilter(null, w.depB, null, null))).isEmpty();
    }

    @Test
    void copyToNewPeriodTakesStructureTargetsInPeriodAndUnfinishedActivities() {
        GoverningDocument d = w.programme("Program 2018–2021");
        Area a1 = w.area(d.id(), "Ett");
        Area a2 = w.area(d.id(), "Två");
        Goal top = w.goal(d.id(), a1.id(), null, "Övergripande", w.depA, w.depB);
        Goal sub = w.goal(d.id(), a1.id(), top.id(), "Underliggande", w.depA);
        Goal g2 = w.goal(d.id(), a2.id(), null, "Andra", w.depB);
        w.indicator(d.id(), top.id(), Map.of(2021, new BigDecimal("9500"), 2023, new BigDecimal("9000"), 2026, BigDecimal.ONE));
        w.activity(d.id(), "Planerad", ActivityStatus.PLANNED, w.depA, sub.id());
        w.activity(d.id(), "Pågående", ActivityStatus.ONGOING, w.depB, top.id(), g2.id());
        w.activity(d.id(), "Klar", ActivityStatus.DONE, w.depA, top.id());
        w.activity(d.id(), "Inställd", ActivityStatus.CANCELLED, w.depA, g2.id());

        GoverningDocument copy = governance.copyProgrammeToNewPeriod(m, d.id(), LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 12, 31), "Program 2022–2025");
        assertThat(copy.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(copy.copiedFrom()).isEqualTo(d.id());
        assertThat(copy.decision()).isNull();

        ProgrammeOverview o = queries.overview(m, copy.id());
        assertThat(o.areas()).extracting(av -> av.area().title()).containsExactly("Ett", "Två");
        var rows = o.areas().get(0).goals();
        assertThat(rows).extracting(r -> r.goal().title()).containsExactly("Övergripande", "Underliggande");
        assertThat(rows.get(1).depth()).isEqualTo(1);
        assertThat(rows.get(1).goal().parentId()).isEqualTo(rows.get(0).goal().id());
        assertThat(rows.get(0).goal().ownerDepartmentIds()).containsExactlyInAnyOrder(w.depA, w.depB);
        assertThat(o.indicators()).hasSize(1);
        assertThat(o.indicators().get(0).indicator().targets()).containsOnlyKeys(2023);
        assertThat(o.indicators().get(0).indicator().goalId()).isEqualTo(rows.get(0).goal().id());
        assertThat(o.activities()).extracting(Activity::title).containsExactlyInAnyOrder("Planerad", "Pågående");
        List<Long> copiedGoalIds = o.areas().stream().flatMap(av -> av.goals().stream()).map(r -> r.goal().id()).toList();
        assertThat(o.activities()).allSatisfy(act -> assertThat(copiedGoalIds).containsAll(act.goalIds()));
        assertThat(queries.overview(m, d.id()).activities()).hasSize(4);

        assertThatThrownBy(() -> governance.copyProgrammeToNewPeriod(m, d.id(), LocalDate.of(2017, 1, 1),
                LocalDate.of(2020, 1, 1), "För tidigt"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> governance.copyProgrammeToNewPeriod(m, d.id(), LocalDate.of(2022, 1, 1),
                LocalDate.of(2021, 1, 1), "Baklänges"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
        assertThat(audit.search(m, new AuditLog.Filter(null, "GoverningDocument", String.valueOf(copy.id()), "copied", null, null), 0, 5))
                .hasSize(1);
    }

    @Test
    void anotherMunicipalitysIdsAreNotFound() {
        GoverningDocument d = w.programme("Program A");
        Area a = w.area(d.id(), "Ett");
        Goal g = w.goal(d.id(), a.id(), null, "Mål", w.depA);
        long otherM = fixture.newWorld().m;
        assertThatThrownBy(() -> queries.document(otherM, d.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.goal(otherM, g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.addArea(otherM, d.id(), new AreaData("X", null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.copyProgrammeToNewPeriod(otherM, d.id(), LocalDate.of(2022, 1, 1), null, "X"))
                .isInstanceOf(NotFoundException.class);
    }

    private static DocumentData data(String title) {
        return new DocumentData(DocumentKind.PROGRAMME, title, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31), null, null, null);
    }
}
