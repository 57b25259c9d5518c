package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX reopened with POI and read back: one row per goal, activity and indicator year, numbers as numbers. */
class ReportXlsxTests {

    final ReportXlsx xlsx = new ReportXlsx(ReportSamples.messages());

    @Test
    void sheetsWithSwedishNamesAndBoldFrozenFilteredHeaders() throws IOException {
        try (XSSFWorkbook wb = reopen(xlsx.render(ReportSamples.small()))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Mål", "Aktiviteter", "Indikatorer");
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                Row head = sheet.getRow(0);
                assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
            }
            assertThat(wb.getProperties().getCoreProperties().getTitle()).startsWith("Uppföljning av");
        }
    }

    @Test
    void oneRowPerGoalWithThisYearsAndEarlierJudgements() throws IOException {
        try (XSSFWorkbook wb = reopen(xlsx.render(ReportSamples.small()))) {
            XSSFSheet goals = wb.getSheet("Mål");
            assertThat(values(goals.getRow(0))).containsExactly("Område", "Mål", "Ansvariga förvaltningar",
                    "Rapporterande förvaltningar", "Arbete 2021", "Bedömning 2021", "Bedömning 2019", "Bedömning 2020");
            assertThat(goals.getLastRowNum()).isEqualTo(2);
            assertThat(values(goals.getRow(1))).containsExactly("Trygg miljö", "Tryggare centrum", "Socialförvaltningen",
                    "Socialförvaltningen", "Fältassistenter varje helg.\n\nSamverkan med polisen.", "Delvis uppfyllt",
                    "Ej uppfyllt", "Delvis uppfyllt");
            assertThat(goals.getRow(1).getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(values(goals.getRow(2))).containsExactly("Trygg miljö", "Färre bränder",
                    "Socialförvaltningen, Kultur- och fritidsförvaltningen",
                    "Kultur- och fritidsförvaltningen, Socialförvaltningen",
                    "Kultur- och fritidsförvaltningen: Utbildning av personal.", "Uppfyllt", "", "Uppfyllt");
        }
    }

    @Test
    void oneRowPerActivityEvenWhenItServesSeveralGoals() throws IOException {
        try (XSSFWorkbook wb = reopen(xlsx.render(ReportSamples.small()))) {
            XSSFSheet activities = wb.getSheet("Aktiviteter");
            assertThat(values(activities.getRow(0))).containsExactly("Område", "Mål", "Aktivitet", "Förvaltning", "Status",
                    "Vad som gjordes 2021");
            assertThat(activities.getLastRowNum()).isEqualTo(3);
            assertThat(values(activities.getRow(1))).containsExactly("Trygg miljö", "Tryggare centrum; Färre bränder",
                    "Trygghetsvandringar", "Socialförvaltningen", "Pågår", "Sex vandringar i centrum.\nTvå i Flemingsberg.");
            assertThat(values(activities.getRow(2))).containsExactly("Trygg miljö", "Tryggare centrum", "Bättre belysning",
                    "Samhällsbyggnadsförvaltningen", "Klar", "Belysningen i gångtunneln är utbytt.");
            assertThat(values(activities.getRow(3)).get(4)).isEqualTo("Planerad");
        }
    }

    @Test
    void oneRowPerIndicatorAndYearWithNumericCellsAndTheMissingReason() throws IOException {
        try (XSSFWorkbook wb = reopen(xlsx.render(ReportSamples.small()))) {
            XSSFSheet indicators = wb.getSheet("Indikatorer");
            assertThat(values(indicators.getRow(0))).containsExactly("Indikator", "Enhet", "År", "Värde",
                    "Skäl till att värdet saknas", "Målvärde");
            assertThat(indicators.getLastRowNum()).isEqualTo(3);
            Row y2019 = indicators.getRow(1);
            assertThat(y2019.getCell(0).getStringCellValue()).isEqualTo("Anmälda våldsbrott per 100 000 invånare");
            assertThat(y2019.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2019.getCell(2).getNumericCellValue()).isEqualTo(2019);
            assertThat(y2019.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2019.getCell(3).getNumericCellValue()).isEqualTo(1050.5);
            assertThat(y2019.getCell(5).getNumericCellValue()).isEqualTo(1000);
            Row missing = indicators.getRow(2);
            assertThat(missing.getCell(2).getNumericCellValue()).isEqualTo(2020);
            assertThat(missing.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(missing.getCell(4).getStringCellValue()).isEqualTo("Kolada har inte publicerat värdet");
            assertThat(missing.getCell(5).getNumericCellValue()).isEqualTo(950);
            assertThat(indicators.getRow(3).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void largeProgrammeHasARowForEveryGoalActivityAndIndicatorYear() throws IOException {
        try (XSSFWorkbook wb = reopen(xlsx.render(ReportSamples.big(5, 60, 400, 20, 10)))) {
            assertThat(wb.getSheet("Mål").getLastRowNum()).isEqualTo(60);
            assertThat(wb.getSheet("Aktiviteter").getLastRowNum()).isEqualTo(400);
            assertThat(wb.getSheet("Indikatorer").getLastRowNum()).isEqualTo(200);
            assertThat(wb.getSheet("Mål").getRow(0).getLastCellNum()).isEqualTo((short) (6 + 9));
        }
    }

    @Test
    void writesAFileToLookAt() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "reports"));
        Files.write(dir.resolve("uppfoljning-2021.xlsx"), xlsx.render(ReportSamples.small()));
        assertThat(dir.resolve("uppfoljning-2021.xlsx")).isNotEmptyFile();
    }

    static XSSFWorkbook reopen(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> values(Row row) {
        List<String> v = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            v.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return v;
    }
}
