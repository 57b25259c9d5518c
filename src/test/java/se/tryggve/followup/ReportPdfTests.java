package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;

@IntegrationTest
@Import({TestData.class, FollowUpFixture.class, ReportFixture.class})
class ReportPdfTests {

    @Autowired
    ReportFixture reports;
    @Autowired
    FollowUpReports assembler;
    @Autowired
    ReportPdf pdf;

    @Test
    void theReportIsPdfA2uAndPdfUa1WithSwedishTextThatCanBeExtracted() throws Exception {
        ReportFixture.History h = reports.newHistory();
        byte[] bytes = pdf.render(assembler.assemble(h.w().m, h.y2021().id()));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/report.pdf"), bytes);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        VeraPdf.assertPdfA2uAndPdfUa1(bytes);

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljning av Program för trygghet och säkerhet avseende 2021")
                    .contains("1 februari 2022")
                    .contains("Färre brott")
                    .contains("Kultur- och fritidsförvaltningen")
                    .contains("Saknas – Kolada har inte publicerat året")
                    .contains("Året präglades av återhämtning")
                    .contains("Sida 2 av " + doc.getNumberOfPages());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Uppföljning av Program för trygghet och säkerhet avseende 2021");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Testkommun");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Uppföljning av styrdokument");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).startsWith("sv");
        }
    }

    @Test
    void swedishDates() {
        assertThat(ReportFormat.SWEDISH.date(java.time.LocalDate.of(2022, 2, 1))).isEqualTo("1 februari 2022");
        assertThat(ReportFormat.SWEDISH.number(new java.math.BigDecimal("-1050.5"))).isEqualTo("-1\u00a0050,5");
    }
}
