package se.tryggve.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import se.tryggve.governance.Indicator;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;
import se.tryggve.shared.web.FormErrors;

/** Indicator value fields of the part form and the indicator page, and reading numbers as Swedes type them. */
final class IndicatorForms {

    /** Digits with an optional decimal comma or point; spaces (also no-break) may group thousands. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private IndicatorForms() {
    }

    /**
     * Reads "12,5" and "12.5" alike (Swedish writes a decimal comma); empty is null.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace('\u2212', '-');
        if (!NUMBER.matcher(s).matches()) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    /** Puts "Ange ett tal" beside {@code field} when the text is not a number; null then. */
    static BigDecimal number(String text, String field, BindingResult binding) {
        try {
            return parseNumber(text);
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "followup.indicator.value.notANumber", "followup.indicator.value.notANumber");
            return null;
        }
    }

    /** Shows a number the Swedish way, with a decimal comma and no trailing zeros. */
    static String format(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * Like {@link FormErrors#attempt}, but a refusal of an indexed field ({@code indicators[2].value})
     * also lands beside that field.
     */
    static <T> Optional<T> attempt(BindingResult binding, Supplier<T> useCase) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(useCase.get());
        } catch (RuleViolationException e) {
            if (e.field() != null && e.field().contains("[")) {
                binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            } else {
                FormErrors.reject(binding, e);
            }
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            binding.reject("shared.stale");
        }
        return Optional.empty();
    }

    /** One indicator's value for the follow-up's year in a department's part. */
    static class IndicatorRow {
        private long indicatorId;
        @Size(max = 40)
        private String value;
        @Size(max = 2000)
        private String missingReason;
        private Long version;

        static IndicatorRow of(Indicator indicator, Optional<IndicatorValue> current) {
            IndicatorRow r = new IndicatorRow();
            r.indicatorId = indicator.id();
            current.ifPresent(v -> {
                r.value = format(v.value());
                r.missingReason = v.missingReason();
                r.version = v.version();
            });
            return r;
        }

        public long getIndicatorId() { return indicatorId; }
        public void setIndicatorId(long indicatorId) { this.indicatorId = indicatorId; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getMissingReason() { return missingReason; }
        public void setMissingReason(String missingReason) { this.missingReason = missingReason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /**
     * The rows' values, read as numbers; a row whose text is no number gets its field error and the
     * caller must not save (the binding has errors).
     */
    static List<IndicatorReporting.ValueInput> inputs(List<IndicatorRow> rows, BindingResult binding) {
        List<IndicatorReporting.ValueInput> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            if (r == null) {
                continue;
            }
            BigDecimal v = number(r.getValue(), "indicators[" + i + "].value", binding);
            out.add(new IndicatorReporting.ValueInput(r.getIndicatorId(), v, r.getMissingReason(), r.getVersion()));
        }
        return out;
    }

    /** The coordinator's form for one year's value on the indicator page. */
    static class ValueForm {
        private Integer year;
        @Size(max = 40)
        private String value;
        @Size(max = 2000)
        private String missingReason;
        private Long version;

        static ValueForm of(IndicatorValue v) {
            ValueForm f = new ValueForm();
            f.year = v.year();
            f.value = format(v.value());
            f.missingReason = v.missingReason();
            f.version = v.version();
            return f;
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getMissingReason() { return missingReason; }
        public void setMissingReason(String missingReason) { this.missingReason = missingReason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }
}
