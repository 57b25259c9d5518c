package se.tryggve.governance;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record IndicatorData(
        Long goalId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 40) String unit,
        @NotNull Direction direction,
        @NotNull IndicatorSource source,
        @Size(max = 6) String koladaKpi,
        Integer baselineYear,
        @Digits(integer = 12, fraction = 2) BigDecimal baselineValue,
        Map<@NotNull Integer, @NotNull @Digits(integer = 12, fraction = 2) BigDecimal> targets,
        Long version) {
}
