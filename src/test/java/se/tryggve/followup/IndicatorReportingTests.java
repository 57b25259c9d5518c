package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.governance.Direction;
import se.tryggve.governance.Governance;
import se.tryggve.governance.Indicator;
import se.tryggve.governance.IndicatorData;
import se.tryggve.governance.IndicatorSource;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, FollowUpFixture.class})
class IndicatorReportingTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;
    @Autowired
    IndicatorReporting reporting;
    @Autowired
    IndicatorValues values;
    @Autowired
    Governance governance;

    FollowUpFixture.World w;
    FollowUp f;
    DepartmentPart partA;
    DepartmentPart partB;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
        f = followUps.openFollowUp(w.m, w.programme.id(), 2020, LocalDate.of(2021, 2, 1), null);
        partA = followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == w.depA).findFirst().orElseThrow();
        partB = followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == w.depB).findFirst().orElseThrow();
    }

    List<GoalReport> work(String text) {
        return List.of(new GoalReport(w.g1.id(), text, null));
    }

    @Test
    void theIndicatorsOfAPartAreThoseOfItsGoals() {
        Indicator documentLevel = governance.addIndicator(w.m, w.programme.id(), new IndicatorData(null, "Otrygghet",
                "procent", Direction.LOWER_IS_BETTER, IndicatorSource.SURVEY, null, null, null, null, null));
        assertThat(reporting.indicatorsOf(w.m, partA)).extracting(Indicator::id).containsExactly(w.i1.id());
        assertThat(reporting.indicatorsOf(w.m, partB)).isEmpty();
        assertThat(reporting.indicatorsOf(w.m, partA)).extracting(Indicator::id).doesNotContain(documentLevel.id());
    }

    @Test
    void thePartAndItsValuesAreSavedTogether() {
        DepartmentPart saved = reporting.savePartWithValues(w.m, f.id(), partA.id(), partA.version(), work("Vandringar"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), new BigDecimal("12.5"), null, null)));
        assertThat(saved.goals().get(0).work()).isEqualTo("Vandringar");
        IndicatorValue v = values.value(w.m, w.i1.id(), 2020).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("12.5");
        assertThat(v.source()).isEqualTo(IndicatorValue.Source.ENTERED);

        // then missing with a reason, on the version the user saw
        reporting.savePartWithValues(w.m, f.id(), partA.id(), saved.version(), work("Vandringar"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), null, "Polisen har inte levererat", v.version())));
        IndicatorValue missing = values.value(w.m, w.i1.id(), 2020).orElseThrow();
        assertThat(missing.missing()).isTrue();
        assertThat(missing.missingReason()).isEqualTo("Polisen har inte levererat");
    }

    @Test
    void anEmptyRowIsNotYetReportedButARecordedValueCannotBeEmptied() {
        DepartmentPart saved = reporting.savePartWithValues(w.m, f.id(), partA.id(), partA.version(), work("a"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), null, "  ", null)));
        assertThat(values.value(w.m, w.i1.id(), 2020)).isEmpty();
        IndicatorValue v = values.recordValue(w.m, w.i1.id(), 2020, BigDecimal.TEN, null, IndicatorValue.Source.ENTERED, null);
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partA.id(), saved.version(), work("b"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), null, null, v.version()))))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.value.orReason")
                .extracting("field").isEqualTo("indicators[0].value");
    }

    @Test
    void aRefusedValueLeavesThePartUnsavedToo() {
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partA.id(), partA.version(), work("Ska inte sparas"),
                List.of(), List.of(new IndicatorReporting.ValueInput(w.i1.id(), BigDecimal.ONE, "och ett skäl", null))))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("indicators[0].missingReason");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isNull();
        assertThat(followUps.part(w.m, f.id(), partA.id()).version()).isEqualTo(partA.version());
        assertThat(values.value(w.m, w.i1.id(), 2020)).isEmpty();
    }

    @Test
    void aValueRecordedMeanwhileMakesTheFormStale() {
        IndicatorValue v = values.recordValue(w.m, w.i1.id(), 2020, BigDecimal.TEN, null, IndicatorValue.Source.KOLADA, null);
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partA.id(), partA.version(), work("x"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), BigDecimal.ONE, null, null))))
                .isInstanceOf(StaleVersionException.class);
        values.recordValue(w.m, w.i1.id(), 2020, new BigDecimal("11"), null, IndicatorValue.Source.KOLADA, v.version());
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partA.id(), partA.version(), work("x"), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), BigDecimal.ONE, null, v.version()))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(values.value(w.m, w.i1.id(), 2020).orElseThrow().value()).isEqualByComparingTo("11");
        assertThat(followUps.part(w.m, f.id(), partA.id()).goals().get(0).work()).isNull();
    }

    @Test
    void anIndicatorOfAnotherDepartmentsGoalIsRefused() {
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partB.id(), partB.version(), List.of(), List.of(),
                List.of(new IndicatorReporting.ValueInput(w.i1.id(), BigDecimal.ONE, null, null))))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.notInPart");
        assertThat(values.value(w.m, w.i1.id(), 2020)).isEmpty();
    }

    @Test
    void aSubmittedPartTakesNoValues() {
        reporting.savePartWithValues(w.m, f.id(), partB.id(), partB.version(),
                List.of(new GoalReport(w.g2.id(), null, Judgement.MET)), List.of(), List.of());
        followUps.submitPart(w.m, f.id(), partB.id());
        DepartmentPart submitted = followUps.part(w.m, f.id(), partB.id());
        assertThatThrownBy(() -> reporting.savePartWithValues(w.m, f.id(), partB.id(), submitted.version(), List.of(), List.of(),
                List.of())).isInstanceOf(RuleViolationException.class).hasMessage("followup.part.notEditable");
    }

    @Test
    void theCoordinatorEditsAnExistingYearOnlyOnTheVersionSeen() {
        IndicatorValue v = reporting.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("10"), null, null);
        assertThatThrownBy(() -> reporting.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("12"), null, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.year.exists");
        IndicatorValue v2 = reporting.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("12"), null, v.version());
        assertThat(v2.value()).isEqualByComparingTo("12");
        assertThatThrownBy(() -> reporting.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("13"), null, v.version()))
                .isInstanceOf(StaleVersionException.class);
        // saving the same value again changes nothing
        assertThat(reporting.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("12.00"), null, v2.version()).version())
                .isEqualTo(v2.version());
    }
}
