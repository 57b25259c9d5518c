package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.FormErrors;

/** Pages: the graffiti follow-up statistics with charts, and the guideline's targets. */
@Controller
class IncidentStatisticsPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IncidentStatistics statistics;
    private final GraffitiGuidelines guidelines;
    private final IncidentStatisticsPermissions permissions;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    IncidentStatisticsPages(IncidentStatistics statistics, GraffitiGuidelines guidelines, IncidentStatisticsPermissions permissions,
                            JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.guidelines = guidelines;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The hotspot layer of the incident map (the page's session; the JSON API itself is stateless). */
    @GetMapping(path = "/incidents/map/hotspots.geojson", produces = "application/geo+json")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> hotspotLayer(CurrentUser user) {
        permissions.requireRead(user);
        return IncidentStatisticsApi.geoJson(statistics.hotspots(user.municipalityId(), null, null, 20));
    }

    @GetMapping("/incidents/statistics")
    String statistics(CurrentUser user, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) Long district, @RequestParam(required = false) String category,
                      Model model, Locale locale) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        List<Integer> years = jdbc.sql("""
                select distinct extract(year from month_start) as y from incident_stats_month where municipality_id = :m order by y desc""")
                .param("m", m).query((rs, i) -> rs.getInt(1)).list();
        IncidentStatistics.Filter filter = new IncidentStatistics.Filter(year, null, null, district,
                category == null || category.isBlank() ? null : category);
        IncidentStatisticsReport report;
        try {
            report = statistics.statistics(m, filter);
        } catch (se.tryggve.shared.RuleViolationException e) {
            report = statistics.statistics(m, new IncidentStatistics.Filter(year, null, null, null, null));
            district = null;
            category = null;
        }
        if (years.isEmpty()) {
            years = report.byYear().stream().map(r -> Integer.parseInt(r.key())).sorted(java.util.Comparator.reverseOrder()).toList();
        }
        model.addAttribute("report", report);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("district", district);
        model.addAttribute("category", category);
        model.addAttribute("districts", jdbc.sql("select id, name from district where municipality_id = :m order by name")
                .param("m", m).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list());
        model.addAttribute("categories", jdbc.sql("select code, name from incident_category where municipality_id = :m order by sort_order, name")
                .param("m", m).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list());
        model.addAttribute("chartData", chartData(report, locale));
        model.addAttribute("mayManage", permissions.canManage(user));
        model.addAttribute("mayImport", permissions.canImport(user));
        return "incidents/stats/statistics";
    }

    /** Data for the charts: reports per month or year, share within target, and cost against the target. */
    private String chartData(IncidentStatisticsReport r, Locale locale) {
        boolean monthly = r.from() != null && r.to() != null;
        List<IncidentStatisticsReport.Row> rows = monthly ? r.byMonth() : r.byYear();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("labels", rows.stream().map(IncidentStatisticsReport.Row::key).toList());
        d.put("reportsLabel", msg("incidentstats.reports", locale));
        d.put("reports", rows.stream().map(x -> x.figures().reports()).toList());
        d.put("withinLabel", msg("incidentstats.withinTargetShare", locale));
        d.put("within", rows.stream().map(x -> x.figures().withinTargetShare() == null ? null
                : Math.round(x.figures().withinTargetShare() * 1000) / 10.0).toList());
        List<Object> years = new ArrayList<>();
        List<Object> costs = new ArrayList<>();
        for (IncidentStatisticsReport.YearCost c : r.costTarget().years()) {
            years.add(String.valueOf(c.year()));
            costs.add(c.cost());
        }
        d.put("costYears", years);
        d.put("costLabel", msg("incidentstats.cost", locale));
        d.put("costs", costs);
        d.put("targetLabel", msg("incidentstats.costTarget", locale));
        BigDecimal target = r.costTarget().targetCost();
        d.put("target", target);
        try {
            return JSON.writeValueAsString(d);
        } catch (Exception e) {
            return "{}";
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping("/incidents/graffiti-guideline")
    String guidelineForm(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("form", GraffitiGuidelineForm.of(guidelines.guideline(user.municipalityId())));
        return guidelinePage(user, model);
    }

    @PostMapping("/incidents/graffiti-guideline")
    String saveGuideline(CurrentUser user, @Valid @ModelAttribute("form") GraffitiGuidelineForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        permissions.requireManage(user);
        if (FormErrors.succeeds(binding, () -> guidelines.saveGraffitiGuideline(user.municipalityId(), form.toGuideline(),
                form.getVersion() == null ? -1 : form.getVersion()))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/incidents/graffiti-guideline";
        }
        return guidelinePage(user, model);
    }

    private String guidelinePage(CurrentUser user, Model model) {
        model.addAttribute("documents", guidelines.guidelineDocuments(user.municipalityId()));
        model.addAttribute("mayManage", permissions.canManage(user));
        model.addAttribute("exampleReported", LocalDate.now(clock));
        return "incidents/stats/guideline";
    }
}
