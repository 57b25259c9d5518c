package se.tryggve.followup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.governance.GovernanceQueries;
import se.tryggve.governance.Indicator;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator's page: its values over all years as a table and a trend chart, the coordinator's form
 * for one year's value, and the import from Kolada (an uploaded file or a fetch).
 */
@Controller
class IndicatorPages {

    /**
     * An uploaded Kolada document larger than this is no single indicator's series (one KPI for one
     * municipality over decades is a few kilobytes); also Spring's default multipart file limit.
     */
    static final long MAX_UPLOAD_BYTES = 1024L * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IndicatorValues values;
    private final IndicatorReporting reporting;
    private final KoladaImport kolada;
    private final GovernanceQueries governance;
    private final FollowUpPermissions permissions;
    private final MessageSource messages;

    IndicatorPages(IndicatorValues values, IndicatorReporting reporting, KoladaImport kolada, GovernanceQueries governance,
                   FollowUpPermissions permissions, MessageSource messages) {
        this.values = values;
        this.reporting = reporting;
        this.kolada = kolada;
        this.governance = governance;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** A row of the table of years: the value (null when none is recorded) and the target. */
    record YearRow(int year, IndicatorValue value, BigDecimal target) {
    }

    @GetMapping("/follow-ups/indicators/{id}")
    String page(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        FollowUpPermissions.require(permissions.canRead(me));
        long m = me.municipalityId();
        Indicator indicator = governance.indicator(m, id);
        IndicatorForms.ValueForm form = year == null ? new IndicatorForms.ValueForm()
                : values.value(m, id, year).map(IndicatorForms.ValueForm::of).orElseGet(() -> {
                    IndicatorForms.ValueForm f = new IndicatorForms.ValueForm();
                    f.setYear(year);
                    return f;
                });
        model.addAttribute("form", form);
        return view(me, indicator, model);
    }

    @PostMapping("/follow-ups/indicators/{id}/values")
    String recordValue(CurrentUser me, @PathVariable long id,
                       @Validated @ModelAttribute("form") IndicatorForms.ValueForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canRecordIndicatorValues(me));
        long m = me.municipalityId();
        Indicator indicator = governance.indicator(m, id);
        BigDecimal value = IndicatorForms.number(form.getValue(), "value", binding);
        if (IndicatorForms.attempt(binding, () -> reporting.recordValue(m, id, form.getYear(), value,
                form.getMissingReason(), form.getVersion())).isPresent()) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/follow-ups/indicators/" + id;
        }
        return view(me, indicator, model);
    }

    @PostMapping("/follow-ups/indicators/{id}/kolada-upload")
    String upload(CurrentUser me, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canRecordIndicatorValues(me));
        long m = me.municipalityId();
        governance.indicator(m, id);
        String json;
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("file", "followup.kolada.noFile");
            }
            if (file.getSize() > MAX_UPLOAD_BYTES) {
                throw new RuleViolationException("file", "followup.kolada.tooLarge");
            }
            json = new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            json = null;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("importError", e.messageKey());
            return "redirect:/follow-ups/indicators/" + id;
        }
        return imported(id, m, json, redirect);
    }

    private String imported(long id, long m, String json, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("importResult", kolada.importKoladaValues(m, id, json));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("importError", e.messageKey());
        }
        return "redirect:/follow-ups/indicators/" + id;
    }

    @PostMapping("/follow-ups/indicators/{id}/kolada-fetch")
    String fetch(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        FollowUpPermissions.require(permissions.canRecordIndicatorValues(me));
        long m = me.municipalityId();
        try {
            redirect.addFlashAttribute("importResult", kolada.fetchFromKolada(m, id));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("importError", e.messageKey());
        }
        return "redirect:/follow-ups/indicators/" + id;
    }

    private String view(CurrentUser me, Indicator indicator, Model model) {
        long m = me.municipalityId();
        List<IndicatorValue> all = values.values(m, indicator.id());
        Map<Integer, IndicatorValue> byYear = new TreeMap<>();
        all.forEach(v -> byYear.put(v.year(), v));
        TreeSet<Integer> years = new TreeSet<>(byYear.keySet());
        years.addAll(indicator.targets().keySet());
        if (indicator.baselineYear() != null && indicator.baselineValue() != null) {
            years.add(indicator.baselineYear());
        }
        List<YearRow> rows = new ArrayList<>();
        for (int y : years) {
            rows.add(new YearRow(y, byYear.get(y), indicator.targets().get(y)));
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("document", governance.document(m, indicator.documentId()));
        model.addAttribute("goal", indicator.goalId() == null ? null : governance.goal(m, indicator.goalId()));
        model.addAttribute("rows", rows);
        model.addAttribute("chartData", chartData(indicator, years, byYear));
        model.addAttribute("canEdit", permissions.canRecordIndicatorValues(me));
        model.addAttribute("koladaFetch", kolada.fetchEnabled() && indicator.koladaKpi() != null);
        return "followup/indicator";
    }

    /**
     * The chart's data as JSON for a data- attribute (the script is a static file, so a
     * Content-Security-Policy without inline scripts holds): a missing year is null, a gap in the line.
     */
    private String chartData(Indicator indicator, TreeSet<Integer> years, Map<Integer, IndicatorValue> byYear) {
        List<Integer> labels = new ArrayList<>(years);
        List<BigDecimal> series = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> baseline = new ArrayList<>();
        for (int y : labels) {
            IndicatorValue v = byYear.get(y);
            series.add(v == null ? null : v.value());
            targets.add(indicator.targets().get(y));
            baseline.add(indicator.baselineYear() != null && indicator.baselineYear() == y ? indicator.baselineValue() : null);
        }
        var locale = LocaleContextHolder.getLocale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", labels);
        data.put("values", series);
        data.put("targets", targets);
        data.put("baseline", baseline);
        data.put("valueLabel", messages.getMessage("followup.indicator.chart.values", null, locale));
        data.put("targetLabel", messages.getMessage("followup.indicator.chart.targets", null, locale));
        data.put("baselineLabel", messages.getMessage("governance.indicator.baseline", null, locale));
        data.put("unit", indicator.unit());
        return JSON.writeValueAsString(data);
    }
}
