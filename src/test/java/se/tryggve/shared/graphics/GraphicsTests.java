package se.tryggve.shared.graphics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import se.tryggve.shared.graphics.MapImage.Cell;
import se.tryggve.shared.graphics.MapImage.MapPoint;
import se.tryggve.shared.graphics.MapImage.Outline;

class GraphicsTests {

    @Test
    void barChartIsAPngOfTheStatedSizeWithBarsInTheSeriesColours() throws IOException {
        BarChart chart = new BarChart("Rapporter per kategori, vecka 47", "Antal rapporter",
                List.of("Skadegörelse", "Klotter", "Samling av personer som skapar otrygghet"),
                List.of(Series.ofLongs("Vecka 47 2025", List.of(12, 1400, 3)),
                        Series.ofLongs("Vecka 47 2024", List.of(9, 1100, 0))));
        Png png = chart.render();

        BufferedImage img = decode(png);
        assertThat(img.getWidth()).isEqualTo(png.width()).isEqualTo(BarChart.DEFAULT_WIDTH);
        assertThat(img.getHeight()).isEqualTo(png.height()).isGreaterThan(100);
        assertThat(share(img, Canvas.series(0).getRGB())).isGreaterThan(0.01);
        assertThat(share(img, Canvas.series(1).getRGB())).isGreaterThan(0.01);
        assertThat(png.dataUri()).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void barChartAltTextStatesEveryValueInSwedishNumberFormat() {
        BarChart chart = new BarChart("Rapporter", null, List.of("Klotter", "Brand"),
                List.of(Series.ofLongs("2025", List.of(1400, 2)), new Series("2024", Arrays.asList(12.5, null))));
        assertThat(chart.altText())
                .isEqualTo("Rapporter. Klotter: 2025 1\u00a0400, 2024 12,5; Brand: 2025 2, 2024 –.");
    }

    @Test
    void seriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> new BarChart("x", null, List.of("a", "b"), List.of(Series.ofLongs("s", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lineChartDrawsItsSeriesAndBreaksAtMissingValues() throws IOException {
        LineChart chart = new LineChart("Rapporter per vecka", "Antal",
                List.of("v. 48", "v. 49", "v. 50", "v. 51", "v. 52", "v. 1"),
                List.of(new Series("Alla", Arrays.asList(10.0, 14.0, null, 9.0, 20.0, 3.0))));
        Png png = chart.render(640, 300);

        BufferedImage img = decode(png);
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(300);
        assertThat(share(img, Canvas.series(0).getRGB())).isGreaterThan(0.002);
        assertThat(png.altText()).isEqualTo("Rapporter per vecka. v. 48 10, v. 49 14, v. 50 –, v. 51 9, v. 52 20, v. 1 3.");
    }

    @Test
    void mapDrawsCellsUnderOutlinesAndNamesTheHeaviestCellsInTheAltText() throws IOException {
        Outline square = new Outline("Centrum", List.of(List.of(
                new double[]{670000, 6570000}, new double[]{672000, 6570000},
                new double[]{672000, 6572000}, new double[]{670000, 6572000})));
        MapImage map = new MapImage("Flest rapporter", List.of(square),
                List.of(new MapPoint(670500, 6570500)),
                List.of(new Cell(670000, 6570000, 250, 12, "Centrum"), new Cell(671000, 6571000, 250, 3, null)));
        Png png = map.render(400, 400);

        BufferedImage img = decode(png);
        assertThat(img.getWidth()).isEqualTo(400);
        long nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    nonWhite++;
                }
            }
        }
        assertThat(nonWhite).isGreaterThan(1000);
        // The south-west cell (the heaviest) is drawn in the darkest heat colour at the map's lower left.
        int rgb = img.getRGB(30, 370) & 0xffffff;
        assertThat(rgb).isNotEqualTo(0xffffff);
        assertThat(png.altText()).isEqualTo("Flest rapporter. Centrum: 12; 671\u00a0000 / 6\u00a0571\u00a0000: 3.");
    }

    @Test
    void anEmptyMapIsStillAPicture() throws IOException {
        Png png = new MapImage("Inga rapporter", List.of(), List.of(), List.of()).render(200, 100);
        assertThat(decode(png).getWidth()).isEqualTo(200);
        assertThat(png.altText()).isEqualTo("Inga rapporter.");
    }

    @Test
    void swedishNumbersGroupThousandsWithANoBreakSpaceAndUseADecimalComma() {
        assertThat(SwedishNumbers.format(1400)).isEqualTo("1\u00a0400");
        assertThat(SwedishNumbers.format(1234567.5)).isEqualTo("1\u00a0234\u00a0567,5");
        assertThat(SwedishNumbers.format(0)).isEqualTo("0");
        assertThat(SwedishNumbers.format(-12)).isEqualTo("\u221212");
        assertThat(SwedishNumbers.format(0.25)).isEqualTo("0,25");
    }

    private static BufferedImage decode(Png png) throws IOException {
        assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(img).isNotNull();
        return img;
    }

    /** The share of pixels with exactly this colour. */
    private static double share(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    n++;
                }
            }
        }
        return (double) n / (img.getWidth() * img.getHeight());
    }
}
