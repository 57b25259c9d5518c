package se.tryggve.followup;

import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.tryggve.followup.FollowUpReport.IndicatorSection;
import se.tryggve.governance.ActivityStatus;

/**
 * Renders the report through {@code templates/followup/report.html}: as a standalone XHTML document
 * (the API's HTML and the source of the PDF) or as the model of the in-app preview, which includes the
 * same template's content fragment.
 */
@Component
class ReportHtml {

    static final String TEMPLATE = "followup/report";
    /** The report's styles, one file for the preview page (linked: the CSP forbids inline styles) and the PDF (inlined). */
    private static final String SCREEN_CSS = readCss();

    private final ITemplateEngine templates;
    private final ReportCharts charts;
    private final Labels labels;

    ReportHtml(ITemplateEngine templates, ReportCharts charts, MessageSource messages) {
        this.templates = templates;
        this.charts = charts;
        this.labels = Labels.of(messages);
    }

    /**
     * Labels of the enums, resolved once: a large report has a thousand rows, and a message lookup per
     * cell was a good part of its rendering time.
     */
    record Labels(Map<Judgement, String> judgements, String noJudgement, Map<ActivityStatus, String> statuses) {
        static Labels of(MessageSource messages) {
            Map<Judgement, String> judgements = new EnumMap<>(Judgement.class);
            for (Judgement j : Judgement.values()) {
                judgements.put(j, messages.getMessage("followup.judgement." + j.name(), null, FollowUpReports.SWEDISH));
            }
            Map<ActivityStatus, String> statuses = new EnumMap<>(ActivityStatus.class);
            for (ActivityStatus st : ActivityStatus.values()) {
                statuses.put(st, messages.getMessage("governance.activityStatus." + st.name(), null, FollowUpReports.SWEDISH));
            }
            return new Labels(judgements, messages.getMessage("followup.report.noJudgement", null, FollowUpReports.SWEDISH), statuses);
        }
    }

    /** What the template needs besides the report: the charts as data URIs, their alt texts, the formatter. */
    Map<String, Object> model(FollowUpReport report, boolean pdf) {
        Map<Long, String> images = new HashMap<>();
        Map<Long, String> alts = new HashMap<>();
        for (IndicatorSection s : report.indicators()) {
            images.put(s.indicatorId(), "data:image/png;base64," + Base64.getEncoder().encodeToString(charts.trendPng(s)));
            alts.put(s.indicatorId(), charts.altText(s));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("charts", images);
        model.put("alts", alts);
        model.put("fmt", ReportFormat.SWEDISH);
        model.put("pdf", pdf);
        model.put("labels", labels);
        model.put("screenCss", SCREEN_CSS);
        return model;
    }

    private static String readCss() {
        try (var in = ReportHtml.class.getResourceAsStream("/static/css/followup-report.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/followup-report.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole report as one XHTML document (well-formed, since the PDF renderer parses it as XML). */
    String standalone(FollowUpReport report, boolean pdf) {
        // The report is a Swedish document whatever the reader's language (it is the annex of a decision).
        Context context = new Context(Locale.forLanguageTag("sv"), model(report, pdf));
        return templates.process(TEMPLATE, context);
    }
}
