package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.VeraPdf;

/**
 * The graffiti section the incident register adds to the demo's 2021 report (engineer C's GraffitiSection,
 * kept in this package because the PDF renderer is package-private): there, with the year's figures and
 * the earlier years, and the PDF still PDF/A-2u and PDF/UA-1.
 */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
class GraffitiReportSectionTests {

    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpReports reports;
    @Autowired
    ReportPdf pdf;
    @Autowired
    Municipalities municipalities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoReportOf2021HasTheGraffitiSectionAndIsStillValid() throws Exception {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        // the graffiti demo's incidents (the EST partner reports of 2025 are another demo)
        long incidents = jdbc.sql("select count(*) from incident where municipality_id = :m and channel <> 'PARTNER'").param("m", m)
                .query(Long.class).single();
        assertThat(incidents).isBetween(4500L, 5500L);
        FollowUp f = followUps.listFollowUps(m).stream().filter(x -> x.year() == 2021).findFirst().orElseThrow();
        FollowUpReport report = reports.assemble(m, f.id());
        GuidelineSection graffiti = report.guidelineSections().stream()
                .filter(s -> s.title().contains("klotter")).findFirst().orElseThrow();
        assertThat(graffiti.title()).isEqualTo("Uppföljning av riktlinje mot klotterrelaterad skadegörelse");
        assertThat(graffiti.blocks()).filteredOn(b -> b instanceof GuidelineSection.Table).isNotEmpty();
        GuidelineSection.Table years = (GuidelineSection.Table) graffiti.blocks().get(1);
        assertThat(years.rows()).extracting(r -> r.get(0)).containsExactly("2018", "2019", "2020", "2021");
        byte[] bytes = pdf.render(report);
        VeraPdf.assertPdfA2uAndPdfUa1(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljning av riktlinje mot klotterrelaterad skadegörelse")
                    .contains("Kostnad för klottersanering mot kostnadsmålet")
                    .contains("Brännpunkter 2021");
        }
    }
}
