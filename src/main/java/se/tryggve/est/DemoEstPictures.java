package se.tryggve.est;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.tryggve.organisation.Municipalities;

/**
 * Demo data: the compiled weekly pictures of the last six ISO weeks of 2025 (2025-W47 … 2025-W52) in the
 * installation municipality (Huddinge in the demo), from whatever reports the register has for them (the
 * partner demo reports of 2025), each with an example focus text. Skipped when any of them exists, so a
 * restart changes nothing; one failing week is logged and does not stop the start.
 */
@Component
@Order(64)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoEstPictures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEstPictures.class);
    static final List<Integer> WEEKS = List.of(47, 48, 49, 50, 51, 52);

    private final EstPictures pictures;
    private final Municipalities municipalities;
    private final String code;

    DemoEstPictures(EstPictures pictures, Municipalities municipalities, @Value("${tryggve.setup.municipality-code}") String code) {
        this.pictures = pictures;
        this.municipalities = municipalities;
        this.code = code;
    }

    @Override
    public void run(ApplicationArguments args) {
        var municipality = municipalities.findByCode(code).orElse(null);
        if (municipality == null) {
            return;
        }
        long m = municipality.id();
        if (!pictures.pictures(m, PeriodKind.WEEK, 2025).isEmpty()) {
            return;
        }
        int done = 0;
        for (int week : WEEKS) {
            try {
                Draft draft = new Draft("Exempel: fortsatt fokus på kvällar och helger kring centrum och pendeltågsstationerna; "
                        + "samordnad tillsyn med fastighetsbolaget och väktarna.", null,
                        List.of(new Draft.NotableEntry(null, "Exempel: samverkansmöte med polisen inför helgen.")),
                        List.of(new Draft.PlaceEntry("Exempel: Huddinge centrum, torget", null),
                                new Draft.PlaceEntry("Exempel: Flemingsbergs station", null)));
                pictures.compilePicture(m, EstPeriod.week(2025, week), draft);
                done++;
            } catch (RuntimeException e) {
                log.warn("Demo EST picture 2025-W{} not compiled: {}", week, e.toString());
            }
        }
        log.info("Demo EST pictures: {} weekly pictures of 2025 compiled", done);
    }
}
