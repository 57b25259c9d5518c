package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.VeraPdf;

/** The demo's 2021 report in every format: what a new user downloads first. */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoReportTests {

    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpReports reports;
    @Autowired
    ReportPdf pdf;
    @Autowired
    ReportDocx docx;
    @Autowired
    ReportXlsx xlsx;
    @Autowired
    Municipalities municipalities;

    FollowUpReport report2021() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        FollowUp f = followUps.listFollowUps(m).stream().filter(x -> x.year() == 2021).findFirst().orElseThrow();
        return reports.assemble(m, f.id());
    }

    @Test
    void theDemoReportIsPdfA2uAndPdfUa1WithThreeYearsSideBySide() throws Exception {
        byte[] bytes = pdf.render(report2021());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/demo-report-2021.pdf"), bytes);
        VeraPdf.assertPdfA2uAndPdfUa1(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021")
                    .contains("Huddinge kommun")
                    .contains("1 februari 2022")
                    .contains("att öka den upplevda tryggheten samt minska utsattheten för brott")
                    .contains("2019").contains("2020")
                    .contains(DemoFollowUps.MISSING_2020)
                    .contains("Pandemin fortsatte att påverka arbetet");
        }
    }

    @Test
    void theDemoReportOpensAsWordAndExcel() throws Exception {
        FollowUpReport r = report2021();
        // the summer activity of 2019 was reported on in 2019, not in 2021
        assertThat(r.areas().get(0).goals().get(0).activities()).extracting(FollowUpReport.ActivityRow::title)
                .contains("Trygghetsvandringar i bostadsområden tillsammans med polis och fastighetsägare")
                .doesNotContain("Fler aktiviteter för unga på kvällstid under sommarlovet");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.render(r)))) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyleID())).extracting(XWPFParagraph::getText)
                    .contains("Trygghetsskapande och brottsförebyggande arbete", "Indikatorer");
            assertThat(doc.getTables()).isNotEmpty();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.render(r)))) {
            int goals = r.areas().stream().mapToInt(a -> a.goals().size()).sum();
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(goals);
        }
    }
}
