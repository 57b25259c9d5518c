package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.audit.AuditLog;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@Import({TestData.class, FollowUpFixture.class})
class IndicatorValuesTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    IndicatorValues values;
    @Autowired
    AuditLog audit;

    FollowUpFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.newWorld();
    }

    @Test
    void aValueOrAMissingReasonPerYearNeverBoth() {
        values.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("1050.5"), null, IndicatorValue.Source.ENTERED, null);
        values.recordValue(w.m, w.i1.id(), 2020, null, "SCB publicerade inte siffran", IndicatorValue.Source.ENTERED, null);

        List<IndicatorValue> all = values.values(w.m, w.i1.id());
        assertThat(all).extracting(IndicatorValue::year).containsExactly(2019, 2020);
        assertThat(all.get(0).value()).isEqualByComparingTo("1050.50");
        assertThat(all.get(1).missing()).isTrue();
        assertThat(all.get(1).missingReason()).isEqualTo("SCB publicerade inte siffran");
        assertThat(values.values(w.m, List.of(w.i1.id())).get(w.i1.id())).hasSize(2);

        assertThatThrownBy(() -> values.recordValue(w.m, w.i1.id(), 2021, null, " ", IndicatorValue.Source.ENTERED, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.value.orReason");
        assertThatThrownBy(() -> values.recordValue(w.m, w.i1.id(), 2021, BigDecimal.ONE, "x", IndicatorValue.Source.ENTERED, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.value.notBoth");
        assertThatThrownBy(() -> values.recordValue(w.m, w.i1.id(), 1200, BigDecimal.ONE, null, IndicatorValue.Source.ENTERED, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.year.invalid");
        assertThatThrownBy(() -> values.recordValue(w.m, w.i1.id(), 2021, new BigDecimal("1.234"), null, IndicatorValue.Source.ENTERED, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("followup.indicator.value.invalid");
        assertThat(values.value(w.m, w.i1.id(), 2021)).isEmpty();
    }

    @Test
    void replacingChecksTheVersionAndIsAudited() {
        IndicatorValue v = values.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("10"), null, IndicatorValue.Source.ENTERED, null);
        IndicatorValue v2 = values.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("11"), null, IndicatorValue.Source.ENTERED, v.version());
        assertThat(v2.version()).isEqualTo(v.version() + 1);
        assertThatThrownBy(() -> values.recordValue(w.m, w.i1.id(), 2019, new BigDecimal("12"), null, IndicatorValue.Source.ENTERED, v.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(values.value(w.m, w.i1.id(), 2019).orElseThrow().value()).isEqualByComparingTo("11");
        assertThat(audit.search(w.m, new AuditLog.Filter(null, IndicatorValues.VALUE, w.i1.id() + "/2019", null, null, null), 0, 10))
                .hasSize(2);
    }

    @Test
    void anotherMunicipalitysIndicatorIsNotFound() {
        FollowUpFixture.World other = fixture.newWorld();
        assertThatThrownBy(() -> values.recordValue(w.m, other.i1.id(), 2019, BigDecimal.ONE, null, IndicatorValue.Source.ENTERED, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> values.values(w.m, other.i1.id())).isInstanceOf(NotFoundException.class);
    }
}
