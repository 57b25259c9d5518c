package se.tryggve.est;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.tryggve.incidents.IncidentWeeklyCounts;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.ArchivalPdf;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.SwedishDates;
import se.tryggve.shared.graphics.BarChart;
import se.tryggve.shared.graphics.LineChart;
import se.tryggve.shared.graphics.MapImage;
import se.tryggve.shared.graphics.Png;
import se.tryggve.shared.graphics.Series;

/**
 * A picture as a document: its title, the charts and the hot-spot map as PNG (with alt texts), the XHTML
 * of {@code templates/est/document.html} (standalone for the PDF, or the content fragment on the page) and
 * the PDF/A-2u + PDF/UA-1 that is archived and sent. Always Swedish: the EST group works in Swedish.
 */
@Component
class EstDocuments {

    static final String TEMPLATE = "est/document";

    private final ITemplateEngine templates;
    private final Municipalities municipalities;
    private final IncidentWeeklyCounts counts;
    private final String baseUrl;

    EstDocuments(ITemplateEngine templates, Municipalities municipalities, IncidentWeeklyCounts counts,
                 @Value("${tryggve.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.municipalities = municipalities;
        this.counts = counts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The pictures of one document. */
    record Pictures(Png categories, Png districts, Png trend, Png map) {
    }

    String municipalityName(long m) {
        return municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).name();
    }

    /** "Veckolägesbild vecka 47 2025", "Månadssammanfattning november 2025", "Tertialsammanfattning T3 2025 (september–december)". */
    static String periodTitle(EstPeriod p) {
        return switch (p.kind()) {
            case WEEK -> "Veckolägesbild vecka " + p.number() + " " + p.year();
            case MONTH -> "Månadssammanfattning " + month(p.start()) + " " + p.year();
            case TERTIAL -> "Tertialsammanfattning T" + p.number() + " " + p.year() + " (" + month(p.start()) + "–" + month(p.end()) + ")";
        };
    }

    private static String month(java.time.LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, SwedishDates.SWEDISH);
    }

    String title(long m, EstPicture p) {
        return periodTitle(p.period()) + (p.correction() > 0 ? ", rättelse " + p.correction() : "") + " – " + municipalityName(m);
    }

    String fileName(EstPicture p) {
        return "lagesbild-" + p.periodKey().toLowerCase(java.util.Locale.ROOT) + (p.correction() > 0 ? "-r" + p.correction() : "") + ".pdf";
    }

    /** The mail's text: what is attached, the period's total and where the picture is in Tryggve. No free text of reports. */
    String mailText(long m, EstPicture p) {
        EstPeriod period = p.period();
        Figures f = p.figures();
        return "Hej!\n\nBifogat finns " + periodTitle(period)
                + " för " + municipalityName(m) + " (" + SwedishDates.date(period.start()) + "–" + SwedishDates.date(period.end()) + ").\n"
                + "Rapporter under perioden: " + (f == null ? 0 : f.total()) + ".\n\n"
                + "Lägesbilden i Tryggve: " + baseUrl + "/est/" + p.periodKey() + "\n\n"
                + "Meddelandet är skickat från Tryggve till EST-gruppen.\n";
    }

    Pictures pictures(long m, EstPeriod period, Figures f) {
        int last = f.lastYearColumn();
        String own = f.columns().get(0).label() + (period.kind() == PeriodKind.WEEK ? " " + period.year() : "");
        String lastYear = f.columns().get(last).label();
        Png cat = new BarChart("Rapporter per kategori, " + own + " och " + lastYear, "Antal rapporter",
                f.categories().stream().map(Figures.Row::name).toList(),
                List.of(Series.ofLongs(own, f.categories().stream().map(Figures.Row::current).toList()),
                        Series.ofLongs(lastYear, f.categories().stream().map(r -> r.counts().get(last)).toList()))).render();
        List<Figures.Row> topDistricts = f.districts().stream().limit(15).toList();
        Png dist = new BarChart("Rapporter per område, " + own + " och " + lastYear, "Antal rapporter",
                topDistricts.stream().map(Figures.Row::name).toList(),
                List.of(Series.ofLongs(own, topDistricts.stream().map(Figures.Row::current).toList()),
                        Series.ofLongs(lastYear, topDistricts.stream().map(r -> r.counts().get(last)).toList()))).render();
        // The trend: the periods before, oldest first, then this one.
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = last - 1; i >= 1; i--) {
            labels.add(f.columns().get(i).label());
            values.add(f.totals().get(i));
        }
        labels.add(f.columns().get(0).label());
        values.add(f.totals().get(0));
        Png trend = new LineChart("Rapporter totalt per " + (period.kind() == PeriodKind.WEEK ? "vecka" : "period"), "Antal rapporter",
                labels, List.of(Series.ofLongs("Alla kategorier", values))).render(800, 320);
        List<MapImage.Outline> outlines = counts.outlines(m).stream()
                .map(o -> new MapImage.Outline(o.name(), o.rings())).toList();
        List<MapImage.Cell> cells = f.cells().stream()
                .map(c -> new MapImage.Cell(c.x(), c.y(), c.size(), c.count(), c.district())).toList();
        Png map = new MapImage("Karta över de rutor (" + (int) f.cellSize() + " × " + (int) f.cellSize()
                + " m) med flest rapporter, " + own, outlines, List.of(), cells).render(800, 600);
        return new Pictures(cat, dist, trend, map);
    }

    Map<String, Object> model(long m, EstPicture picture, EstPeriod period, Figures f, boolean pdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("municipalityName", municipalityName(m));
        model.put("docTitle", periodTitle(period) + (picture != null && picture.correction() > 0 ? ", rättelse " + picture.correction() : ""));
        model.put("period", period);
        model.put("picture", picture);
        model.put("draft", picture == null || !picture.compiled());
        model.put("f", f);
        model.put("pics", pictures(m, period, f));
        model.put("dates", new SwedishDates());
        model.put("pdf", pdf);
        model.put("css", CSS);
        return model;
    }

    String html(long m, EstPicture picture, EstPeriod period, Figures f) {
        return templates.process(TEMPLATE, new Context(SwedishDates.SWEDISH, model(m, picture, period, f, true)));
    }

    byte[] pdf(long m, EstPicture picture, EstPeriod period, Figures f) {
        return ArchivalPdf.fromXhtml(html(m, picture, period, f));
    }

    byte[] pdf(long m, EstPicture p) {
        return pdf(m, p, p.period(), p.figures());
    }

    private static final String CSS = readCss();

    private static String readCss() {
        try (var in = EstDocuments.class.getResourceAsStream("/static/css/est.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/est.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
