package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * The DOCX and XLSX downloads of an approved follow-up, over the API and from the pages, read back. Every
 * role may read the report; a user without a role (which accounts cannot create) is refused in
 * {@link ReportPermissionsTests}.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FollowUpFixture.class, ReportFixture.class})
class ReportDownloadTests {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportFixture reports;

    ReportFixture.History h;

    @BeforeEach
    void history() {
        h = reports.newHistory();
    }

    byte[] api(String path, String user, String contentType, String filename) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", contentType))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filename + "\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void docxOverTheApiHasTheReportWithWordHeadingsAndTables() throws Exception {
        byte[] bytes = api("/api/v1/follow-ups/" + h.y2021().id() + "/report.docx", h.w().reader, DOCX, "uppfoljning-2021.docx");
        // kept for a look (e.g. libreoffice --headless --convert-to pdf)
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"))
                .resolve("downloaded-2021.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs().get(0).getStyleID()).isEqualTo("Title");
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Uppföljning av Program för trygghet och säkerhet avseende 2021");
            List<String> texts = ReportDocxTests.texts(doc);
            assertThat(texts).contains("Testkommun", "1 februari 2022", "Bedömning av hela perioden: Delvis uppfyllt")
                    .doesNotContain("Utkast");
            assertThat(ReportDocxTests.headings(doc, "Heading1")).contains("Sammanfattning och bedömning", "Trygg miljö",
                    "Indikatorer", "Bilaga: aktiviteter per förvaltning");
            assertThat(ReportDocxTests.headings(doc, "Heading2")).contains("Tryggare centrum", "Färre bränder",
                    "Anmälda våldsbrott per 100 000 invånare");
            XWPFTable judgements = doc.getTables().get(0);
            assertThat(ReportDocxTests.cells(judgements.getRow(0))).containsExactly("2020", "2021 (i år)");
            assertThat(ReportDocxTests.cells(judgements.getRow(1))).containsExactly("Ej uppfyllt", "Uppfyllt");
            XWPFTable values = ReportDocxTests.table(doc, "År");
            assertThat(values.getRows()).hasSize(6);
            assertThat(ReportDocxTests.cells(values.getRow(3))).containsExactly("2019", "Saknas – Kolada har inte publicerat året", "");
            assertThat(doc.getAllPictures()).hasSize(2);
            List<Long> drawingIds = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty())
                    .map(r -> r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getId()).toList();
            assertThat(drawingIds).containsExactly(1L, 2L);
        }
    }

    @Test
    void xlsxOverTheApiHasARowPerGoalActivityAndIndicatorYear() throws Exception {
        byte[] bytes = api("/api/v1/follow-ups/" + h.y2021().id() + "/report.xlsx", h.w().reporterA, XLSX, "uppfoljning-2021.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet goals = wb.getSheet("Mål");
            assertThat(goals.getLastRowNum()).isEqualTo(2);
            assertThat(ReportXlsxTests.values(goals.getRow(0))).endsWith("Bedömning 2021", "Bedömning 2020");
            assertThat(ReportXlsxTests.values(goals.getRow(1))).startsWith("Trygg miljö", "Tryggare centrum")
                    .endsWith("Uppfyllt", "Ej uppfyllt");
            XSSFSheet activities = wb.getSheet("Aktiviteter");
            assertThat(activities.getLastRowNum()).isEqualTo(2);
            assertThat(ReportXlsxTests.values(activities.getRow(1))).contains("Trygghetsvandringar", "Socialförvaltningen",
                    "Pågår", "Fyra vandringar med föreningar och polis.");
            XSSFSheet indicators = wb.getSheet("Indikatorer");
            assertThat(indicators.getLastRowNum()).isEqualTo(5 + 4);
            Row y2018 = indicators.getRow(2);
            assertThat(y2018.getCell(2).getNumericCellValue()).isEqualTo(2018);
            assertThat(y2018.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2018.getCell(3).getNumericCellValue()).isEqualTo(1050.5);
            Row y2019 = indicators.getRow(3);
            assertThat(y2019.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(y2019.getCell(4).getStringCellValue()).isEqualTo("Kolada har inte publicerat året");
            Row survey2020 = indicators.getRow(8);
            assertThat(survey2020.getCell(0).getStringCellValue()).isEqualTo("Andel som känner sig trygga utomhus på kvällen");
            assertThat(survey2020.getCell(2).getNumericCellValue()).isEqualTo(2020);
            assertThat(survey2020.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(survey2020.getCell(4).getStringCellValue()).isEqualTo("Enkäten genomfördes inte under pandemin");
            assertThat(survey2020.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(survey2020.getCell(5).getNumericCellValue()).isEqualTo(70);
        }
    }

    @Test
    void pagesOfferTheSameDownloads() throws Exception {
        MockHttpSession session = WebLogin.as(mvc, h.w().coordinator);
        byte[] docx = mvc.perform(get("/follow-ups/" + h.y2020().id() + "/report.docx").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DOCX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"uppfoljning-2020.docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).endsWith("avseende 2020");
        }
        byte[] xlsx = mvc.perform(get("/follow-ups/" + h.y2020().id() + "/report.xlsx").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"uppfoljning-2020.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Mål").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void foreignAndUnknownIdsAreNotFound() throws Exception {
        FollowUpFixture.World other = reports.fixture.newWorld();
        long id = h.y2021().id();
        for (String format : List.of("docx", "xlsx")) {
            mvc.perform(get("/api/v1/follow-ups/" + id + "/report." + format).with(httpBasic(other.coordinator, TestData.PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/follow-ups/999999999/report." + format).with(httpBasic(h.w().coordinator, TestData.PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/follow-ups/" + id + "/report." + format).session(WebLogin.as(mvc, other.reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/follow-ups/" + id + "/report." + format)).andExpect(status().isUnauthorized());
        }
    }
}
