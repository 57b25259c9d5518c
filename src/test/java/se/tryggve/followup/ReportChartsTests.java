package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.followup.FollowUpReport.IndicatorSection;
import se.tryggve.governance.Direction;
import se.tryggve.governance.IndicatorSource;

class ReportChartsTests {

    static ReportCharts charts() {
        ResourceBundleMessageSource ms = new ResourceBundleMessageSource();
        ms.setBasenames("messages/followup");
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        return new ReportCharts(ms);
    }

    static IndicatorSection section() {
        List<IndicatorPoint> points = new ArrayList<>();
        points.add(new IndicatorPoint(2017, new BigDecimal("1100"), null, null));
        points.add(new IndicatorPoint(2018, new BigDecimal("1050.5"), null, new BigDecimal("1000")));
        points.add(new IndicatorPoint(2019, null, "Kolada har inte publicerat året", new BigDecimal("950")));
        points.add(new IndicatorPoint(2020, new BigDecimal("980"), null, new BigDecimal("900")));
        points.add(new IndicatorPoint(2021, new BigDecimal("910"), null, new BigDecimal("850")));
        return new IndicatorSection(1, "Anmälda våldsbrott per 100 000 invånare", "antal", Direction.LOWER_IS_BETTER,
                IndicatorSource.KOLADA, "N07403", "Tryggare centrum", 2017, new BigDecimal("1100"), points);
    }

    @Test
    void drawsAPngOfTheAgreedSizeAndSaysTheValuesInTheAltText() throws Exception {
        ReportCharts charts = charts();
        byte[] png = charts.trendPng(section());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(img.getHeight()).isEqualTo(ReportCharts.HEIGHT);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/report-chart.png"), png);

        String alt = charts.altText(section());
        assertThat(alt).startsWith("Diagram över Anmälda våldsbrott per 100 000 invånare (antal) per år:")
                .contains("2017: 1\u00a0100").contains("2018: 1\u00a0050,5 (mål 1\u00a0000)")
                .contains("2019: saknas (Kolada har inte publicerat året)");
    }

    @Test
    void anIndicatorWithoutValuesStillGetsAChart() throws Exception {
        IndicatorSection empty = new IndicatorSection(2, "Otrygghet", "procent", Direction.LOWER_IS_BETTER,
                IndicatorSource.SURVEY, null, null, null, null, List.of());
        assertThat(ImageIO.read(new ByteArrayInputStream(charts().trendPng(empty)))).isNotNull();
        assertThat(charts().altText(empty)).contains("inga värden");
    }

    @Test
    void stepsAreRound() {
        assertThat(ReportCharts.niceStep(180)).isEqualTo(200);
        assertThat(ReportCharts.niceStep(0.3)).isEqualTo(0.5);
        assertThat(ReportCharts.niceStep(7)).isEqualTo(10);
    }

    @Test
    void theSameDataGivesTheSameCachedImage() {
        ReportCharts charts = charts();
        byte[] first = charts.trendPng(section());
        assertThat(charts.trendPng(section())).isSameAs(first);
        assertThat(charts.render(section())).isEqualTo(first);
    }
}
