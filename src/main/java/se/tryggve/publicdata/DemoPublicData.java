package se.tryggve.publicdata;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.incidents.Position;
import se.tryggve.incidents.Projection;
import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data of public data, every item marked as example: six invented DeSO areas covering the demo area
 * of Huddinge with a margin (the demo incidents spread a little beyond the example districts), written in
 * SWEREF 99 TM as SCB publishes them, so the demo goes through the real import and backfills the demo
 * incidents' statistical areas; a few invented police events; Kolada-shaped key figures with invented
 * values. Runs after the districts and incidents (60–62), before the weekly pictures and the lägesbild
 * (64–66), which may read them.
 */
@Component
@Order(63)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoPublicData implements ApplicationRunner {

    /** Code, west, south, east, north (degrees); neighbours share corners, so no point lies in two. */
    record Area(String code, double west, double south, double east, double north) {
    }

    static final List<Area> DESO = List.of(
            new Area("0126A0010", 17.78, 59.15, 17.93, 59.235),
            new Area("0126C1020", 17.93, 59.15, 18.01, 59.235),
            new Area("0126B0040", 18.01, 59.15, 18.20, 59.235),
            new Area("0126C1030", 17.78, 59.235, 17.93, 59.31),
            new Area("0126C1010", 17.93, 59.235, 18.01, 59.31),
            new Area("0126B0050", 18.01, 59.235, 18.20, 59.31));

    static final Map<String, String> KPIS = Map.of(
            "N07401", "Anmälda brott totalt, antal/100 000 inv (exempelvärden)",
            "N07402", "Anmälda våldsbrott, antal/100 000 inv (exempelvärden)",
            "N07403", "Anmälda brott om skadegörelse, antal/100 000 inv (exempelvärden)");

    private final StatisticalAreas areas;
    private final ContextEvents contextEvents;
    private final ReferenceFigures referenceFigures;
    private final Municipalities municipalities;
    private final String code;

    DemoPublicData(StatisticalAreas areas, ContextEvents contextEvents, ReferenceFigures referenceFigures,
                   Municipalities municipalities, @Value("${tryggve.setup.municipality-code}") String code) {
        this.areas = areas;
        this.contextEvents = contextEvents;
        this.referenceFigures = referenceFigures;
        this.municipalities = municipalities;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (!"0126".equals(code) || !areas.statisticalAreas(m, StatisticalAreas.DESO).isEmpty()) {
            return;   // the invented areas are Huddinge's; an installation of another municipality gets none
        }
        areas.importStatisticalAreas(m, StatisticalAreas.DESO, desoGeoJson());
        if (contextEvents.countContextEvents(m) == 0) {
            contextEvents.importExamples(m, policeEvents());
        }
        if (referenceFigures.referenceFigures(m).isEmpty()) {
            referenceFigures.importExamples(m, koladaValues(), KPIS);
        }
    }

    /** The invented DeSO areas as SCB publishes boundaries: GeoJSON in SWEREF 99 TM, properties desokod and kommun. */
    static String desoGeoJson() {
        StringBuilder b = new StringBuilder("""
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}}, "features": [""");
        for (int i = 0; i < DESO.size(); i++) {
            Area a = DESO.get(i);
            b.append(i > 0 ? "," : "").append("{\"type\": \"Feature\", \"properties\": {\"desokod\": \"").append(a.code())
                    .append("\", \"kommun\": \"0126\", \"example\": true}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
            double[][] corners = {{a.west(), a.south()}, {a.east(), a.south()}, {a.east(), a.north()}, {a.west(), a.north()},
                    {a.west(), a.south()}};
            for (int c = 0; c < corners.length; c++) {
                Projection.Sweref99 p = Projection.toSweref99(new Position(corners[c][1], corners[c][0]));
                b.append(c > 0 ? ", " : "").append(String.format(Locale.ROOT, "[%.3f, %.3f]", p.easting(), p.northing()));
            }
            b.append("]]}}");
        }
        return b.append("]}").toString();
    }

    /** Invented events in the police feed's format, each name beginning "Exempel:". */
    static String policeEvents() {
        String[][] events = {
                {"900001", "2025-06-14 22:31:07 +02:00", "Skadegörelse", "Klotter på en skolbyggnad.", "59.2366,17.9816"},
                {"900002", "2025-06-21 1:12:40 +02:00", "Brand", "Brand i en container vid ett centrum.", "59.2210,17.9450"},
                {"900003", "2025-07-05 23:48:00 +02:00", "Ordningslagen", "Störande ungdomsgrupp vid en pendeltågsstation.", "59.2370,17.9790"},
                {"900004", "2025-08-16 20:05:13 +02:00", "Skadegörelse", "Krossade rutor i en busskur.", "59.2150,18.0900"},
                {"900005", "2025-09-27 2:30:00 +02:00", "Misshandel", "Misshandel utomhus, en person till sjukhus.", "59.2330,17.9850"},
                {"900006", "2025-10-31 21:15:00 +01:00", "Brand", "Anlagd brand i ett soprum.", "59.2600,17.9100"},
                {"900007", "2025-11-22 19:40:00 +01:00", "Narkotikabrott", "Ringa narkotikabrott vid en park.", "59.2410,17.9900"}};
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < events.length; i++) {
            String[] e = events[i];
            String date = e[1].substring(0, 10);
            b.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, """
                    {"id": %s, "datetime": "%s", "name": "Exempel: %s, %s, Huddinge", "summary": "%s",
                     "url": "/aktuellt/handelser/exempel-%s/", "type": "%s", "location": {"name": "Huddinge", "gps": "%s"}}""",
                    e[0], e[1], date, e[2], e[3], e[0], e[2], e[4]));
        }
        return b.append("]").toString();
    }

    /** Invented values in Kolada's data format for the demo municipality and the whole country, 2018–2024. */
    static String koladaValues() {
        Map<String, double[]> base = Map.of("N07401", new double[] {11800, 12400}, "N07402", new double[] {1150, 1080},
                "N07403", new double[] {1260, 1090});
        StringBuilder b = new StringBuilder("{\"values\": [");
        boolean first = true;
        for (String kpi : List.of("N07401", "N07402", "N07403")) {
            for (int year = 2018; year <= 2024; year++) {
                for (int who = 0; who < 2; who++) {
                    // a gentle downward trend with a fixed, deterministic wobble (no randomness: the demo is the same every start)
                    double value = base.get(kpi)[who] * (1 - 0.02 * (year - 2018)) * (1 + 0.015 * ((year * 7 + who * 3) % 5 - 2));
                    b.append(first ? "" : ",").append(String.format(Locale.ROOT,
                            "{\"kpi\": \"%s\", \"municipality\": \"%s\", \"period\": %d, \"values\": [{\"gender\": \"T\", \"status\": \"\", \"value\": %.1f}]}",
                            kpi, who == 0 ? "0126" : "0000", year, value));
                    first = false;
                }
            }
        }
        return b.append("]}").toString();
    }
}
