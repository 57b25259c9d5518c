package se.tryggve.incidents;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.Municipalities;

/**
 * Demo data: Huddinge's districts as rough, non-overlapping quadrilaterals around their real places
 * (59.20–59.27 N, 17.85–18.12 E), every one marked as an example: they are not the municipality's
 * borders and must be replaced by an import of the real ones.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoDistricts implements ApplicationRunner {

    /** Name, west, south, east, north (degrees). Neighbours share edges, so no point lies in two. */
    record Box(String name, double west, double south, double east, double north) {
    }

    static final List<Box> HUDDINGE = List.of(
            new Box("Vårby", 17.850, 59.245, 17.910, 59.275),
            new Box("Segeltorp", 17.910, 59.245, 17.960, 59.275),
            new Box("Stuvsta-Snättringe", 17.960, 59.245, 18.010, 59.275),
            new Box("Glömsta-Vista", 17.850, 59.195, 17.930, 59.245),
            new Box("Flemingsberg", 17.930, 59.195, 17.970, 59.245),
            new Box("Huddinge centrum", 17.970, 59.228, 18.010, 59.245),
            new Box("Sjödalen-Fullersta", 17.970, 59.195, 18.010, 59.228),
            new Box("Trångsund", 18.010, 59.195, 18.065, 59.245),
            new Box("Skogås", 18.065, 59.195, 18.120, 59.245));

    private final Districts districts;
    private final Municipalities municipalities;
    private final String code;

    DemoDistricts(Districts districts, Municipalities municipalities, @Value("${tryggve.setup.municipality-code}") String code) {
        this.districts = districts;
        this.municipalities = municipalities;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (!districts.districts(m).isEmpty()) {
            return;
        }
        districts.importDistricts(m, Districts.DISTRICT, geoJson());
    }

    static String geoJson() {
        StringBuilder b = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int i = 0; i < HUDDINGE.size(); i++) {
            Box x = HUDDINGE.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(String.format(Locale.ROOT, """
                    {"type": "Feature", "properties": {"code": "%s", "name": "%s", "example": true},
                     "geometry": {"type": "Polygon", "coordinates": [[[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]]]}}""",
                    Districts.slug(x.name()), x.name(), x.west(), x.south(), x.east(), x.south(), x.east(), x.north(), x.west(),
                    x.north(), x.west(), x.south()));
        }
        return b.append("]}").toString();
    }
}
