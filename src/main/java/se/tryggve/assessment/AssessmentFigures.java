package se.tryggve.assessment;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.tryggve.incidents.IncidentPatterns;
import se.tryggve.incidents.IncidentPatterns.Count;
import se.tryggve.incidents.IncidentPatterns.Patterns;
import se.tryggve.shared.graphics.BarChart;
import se.tryggve.shared.graphics.LineChart;
import se.tryggve.shared.graphics.MapImage;
import se.tryggve.shared.graphics.Png;
import se.tryggve.shared.graphics.Series;

/**
 * The generated part of the mapping (lag 2023:196 4 § 1: crime by type, place and time): the register's
 * patterns over the lägesbild's period as charts and a district map, PNG with alt text, the same pictures
 * on the page and in the PDF/A. The texts are Swedish: the lägesbild is the municipality's record.
 */
@Component
class AssessmentFigures {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final IncidentPatterns patterns;

    AssessmentFigures(IncidentPatterns patterns) {
        this.patterns = patterns;
    }

    /** One picture: a heading, the PNG (as data: URI for HTML and PDF) and its alt text. */
    record Figure(String id, String heading, String dataUri, String altText, int width, int height) {
    }

    /** The figures and the counts behind them, for the tables beside the pictures. */
    record Mapping(Patterns patterns, List<Figure> figures, List<Count> weekdays, List<Count> months) {
    }

    Mapping mapping(long m, AssessmentInfo a) {
        Patterns p = patterns.patterns(m, a.periodFrom(), a.periodTo());
        List<Count> weekdays = p.byWeekday().stream()
                .map(c -> new Count(c.key(), weekday(Integer.parseInt(c.key())), c.count())).toList();
        List<Count> months = p.byMonth().stream()
                .map(c -> new Count(c.key(), Month.of(Integer.parseInt(c.key())).getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH), c.count()))
                .toList();
        List<Figure> figures = new ArrayList<>();
        if (p.total() > 0) {
            figures.add(bar("category", "Händelser per kategori", p.byCategory()));
            figures.add(bar("weekday", "Händelser per veckodag", weekdays));
            figures.add(bar("time", "Händelser per tid på dygnet", p.byTimeBand()));
            figures.add(bar("month", "Händelser per månad (säsong)", months));
            figures.add(trend(p.byYearQuarter()));
            if (!p.districts().isEmpty() || !p.cells().isEmpty()) {
                figures.add(map(p));
            }
        }
        return new Mapping(p, figures, weekdays, months);
    }

    private static Figure bar(String id, String title, List<Count> counts) {
        BarChart chart = new BarChart(title, "Antal händelser", counts.stream().map(Count::label).toList(),
                List.of(Series.ofLongs("Antal", counts.stream().map(Count::count).toList())));
        return figure(id, title, chart.render(720));
    }

    private static Figure trend(List<Count> quarters) {
        String title = "Utveckling per kvartal";
        LineChart chart = new LineChart(title, "Antal händelser", quarters.stream().map(c -> c.key().replace("-Q", " kv ")).toList(),
                List.of(Series.ofLongs("Antal", quarters.stream().map(Count::count).toList())));
        return figure("trend", title, chart.render(720, 320));
    }

    private static Figure map(Patterns p) {
        String title = "Karta: händelser per ruta om " + (int) IncidentPatterns.CELL_METRES + " meter";
        List<MapImage.Outline> outlines = p.districts().stream().map(d -> new MapImage.Outline(d.name(), d.rings())).toList();
        List<MapImage.Cell> cells = p.cells().stream().map(c -> new MapImage.Cell(c.easting(), c.northing(),
                IncidentPatterns.CELL_METRES, c.count(), null)).toList();
        MapImage map = new MapImage(title, outlines, List.of(), cells);
        return figure("map", title, map.render(720, 540));
    }

    private static Figure figure(String id, String heading, Png png) {
        return new Figure(id, heading, png.dataUri(), png.altText(), png.width(), png.height());
    }

    static String weekday(int iso) {
        return DayOfWeek.of(iso).getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    }
}
