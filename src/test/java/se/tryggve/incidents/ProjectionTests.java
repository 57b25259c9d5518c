package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WGS84 ↔ SWEREF 99 TM against figures computed independently with Lantmäteriet's Gauss–Krüger
 * formulas ("Gauss konforma projektion", GRS 80, central meridian 15°, k0 0.9996, FE 500 000 m).
 */
class ProjectionTests {

    @ParameterizedTest
    @CsvSource({
            "59.2366, 17.9816, 6570202.169, 670086.565",   // Huddinge
            "59.3293, 18.0686, 6580743.008, 674571.866",   // Stockholm
            "67.8558, 20.2253, 7536069.970, 719583.123",   // Kiruna
            "55.6050, 13.0038, 6163926.553, 374243.759"    // Malmö
    })
    void projectsToSweref99TmAndBack(double lat, double lon, double northing, double easting) {
        Projection.Sweref99 s = Projection.toSweref99(new Position(lat, lon));
        assertThat(s.northing()).isCloseTo(northing, within(0.01));
        assertThat(s.easting()).isCloseTo(easting, within(0.01));
        assertThat(Projection.plausibleSweref99(s.northing(), s.easting())).isTrue();

        Position back = Projection.toWgs84(s);
        assertThat(back.latitude()).isCloseTo(lat, within(1e-7));
        assertThat(back.longitude()).isCloseTo(lon, within(1e-7));
    }

    @ParameterizedTest
    @CsvSource({"59.2366, 17.9816", "17.9816, 59.2366", "0, 0"})
    void degreesAreNotTakenForSweref(double a, double b) {
        assertThat(Projection.plausibleSweref99(a, b)).isFalse();
    }
}
