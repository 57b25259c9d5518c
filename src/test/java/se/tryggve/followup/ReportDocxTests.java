package se.tryggve.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import se.tryggve.organisation.JudgementScale;

/** The DOCX reopened with POI and read back: real Word styles, headings, tables, picture, Swedish text. */
class ReportDocxTests {

    final ReportDocx docx = new ReportDocx(ReportSamples.messages(), new ReportCharts(ReportSamples.messages()));

    @Test
    void definesRealWordStylesWithOutlineLevels() throws Exception {
        try (XWPFDocument doc = reopen(docx.render(ReportSamples.small()))) {
            for (int level = 1; level <= 3; level++) {
                XWPFStyle h = doc.getStyles().getStyle("Heading" + level);
                assertThat(h).as("Heading" + level).isNotNull();
                assertThat(h.getName()).isEqualTo("heading " + level);
                assertThat(h.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
            }
            assertThat(doc.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            XWPFStyle table = doc.getStyles().getStyle(ReportDocx.TABLE_STYLE);
            assertThat(table.getType()).isEqualTo(STStyleType.TABLE);
            assertThat(table.getName()).isEqualTo("Tryggve tabell");
            assertThat(table.getCTStyle().xmlText()).contains("tblBorders", "insideH");
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("sv-SE");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(ReportDocx.FONT);
        }
    }

    @Test
    void titlePageInSwedishWithDateCaseNumberDraftAndExampleNotice() throws IOException {
        FollowUpReport report = ReportSamples.small();
        try (XWPFDocument doc = reopen(docx.render(report))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getStyleID()).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo("Uppföljning av Program för trygghet och säkerhet 2018–2021 avseende 2021");
            assertThat(texts(doc)).contains("Utkast", "Huddinge kommun", "Kommunstyrelsens förvaltning", "1 februari 2022",
                    "Diarienummer KS-2022/123",
                    "Texterna i den här rapporten är exempel och inte kommunens egna uppgifter.");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(report.title());
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Tryggve");
            assertThat(doc.getFooterArray(0).getText()).contains(report.title() + " – sida");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).hasValue("sv-SE");
        }
    }

    @Test
    void headingsCarryTheWordStyles() throws IOException {
        try (XWPFDocument doc = reopen(docx.render(ReportSamples.small()))) {
            assertThat(headings(doc, "Heading1")).containsExactly("Sammanfattning och bedömning", "Trygg miljö", "Indikatorer",
                    "Riktlinje mot klotter", "Kommentar om året", "Bilaga: aktiviteter per förvaltning");
            assertThat(headings(doc, "Heading2")).containsExactly("Tryggare centrum", "Färre bränder",
                    "Anmälda våldsbrott per 100 000 invånare", "Socialförvaltningen", "Samhällsbyggnadsförvaltningen",
                    "Kultur- och fritidsförvaltningen");
            assertThat(headings(doc, "Heading3")).contains("Socialförvaltningen", "Kultur- och fritidsförvaltningen");
            XWPFParagraph subGoal = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Färre brott och olyckor i offentlig miljö")).findFirst().orElseThrow();
            assertThat(subGoal.getRuns().get(0).isItalic()).isTrue();
            assertThat(texts(doc)).contains("Samlad bedömning 2021: Delvis uppfyllt",
                    "Bedömning av hela perioden: Uppfyllt", "Pandemin begränsade arbetet under våren.",
                    "Fältassistenter varje helg.", "Samverkan med polisen.", "Klotter ska tas bort inom 24 timmar.");
        }
    }

    @Test
    void judgementsPerYearActivitiesAndIndicatorValuesAsStyledTables() throws IOException {
        try (XWPFDocument doc = reopen(docx.render(ReportSamples.small()))) {
            for (XWPFTable t : doc.getTables()) {
                assertThat(t.getStyleID()).isEqualTo(ReportDocx.TABLE_STYLE);
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            }
            XWPFTable judgements = doc.getTables().get(0);
            assertThat(cells(judgements.getRow(0))).containsExactly("2019", "2020", "2021 (i år)");
            assertThat(cells(judgements.getRow(1))).containsExactly("Ej uppfyllt", "Delvis uppfyllt", "Delvis uppfyllt");
            XWPFTable activities = doc.getTables().get(1);
            assertThat(cells(activities.getRow(0))).containsExactly("Aktivitet", "Förvaltning", "Status", "Vad som gjordes 2021");
            assertThat(cells(activities.getRow(1))).containsExactly("Trygghetsvandringar", "Socialförvaltningen", "Pågår",
                    "Sex vandringar i centrum.\nTvå i Flemingsberg.");
            // the second goal has no judgement for 2019
            assertThat(cells(doc.getTables().get(2).getRow(1))).containsExactly("–", "Uppfyllt", "Uppfyllt");
            XWPFTable values = table(doc, "År");
            assertThat(cells(values.getRow(0))).containsExactly("År", "Värde", "Målvärde");
            assertThat(cells(values.getRow(1))).containsExactly("2019", "1\u00a0050,5", "1\u00a0000");
            assertThat(cells(values.getRow(2))).containsExactly("2020", "Saknas – Kolada har inte publicerat värdet", "950");
            assertThat(cells(values.getRow(3))).containsExactly("2021", "980", "");
            XWPFTable guideline = table(doc, "Kvartal");
            assertThat(cells(guideline.getRow(2))).containsExactly("2", "95");
            assertThat(texts(doc)).contains("Sanerat klotter per kvartal");
        }
    }

    @Test
    void chartIsAnInlinePictureWithAltText() throws IOException {
        try (XWPFDocument doc = reopen(docx.render(ReportSamples.small()))) {
            List<XWPFPicture> pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureData().getData()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(pictures.get(0).getDescription())
                    .startsWith("Diagram över Anmälda våldsbrott per 100 000 invånare (antal) per år: 2019: 1\u00a0050,5")
                    .contains("2020: saknas (Kolada har inte publicerat värdet)");
            // Word's Alt Text pane shows the drawing's docPr/@descr
            XWPFRun run = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
            assertThat(run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
                    .isEqualTo(pictures.get(0).getDescription());
        }
    }

    @Test
    void approvedReportWithoutScaleHasNoDraftMarkNorJudgements() throws IOException {
        FollowUpReport s = ReportSamples.small();
        FollowUpReport approved = new FollowUpReport(s.followUpId(), s.municipalityName(), s.documentTitle(), s.year(), s.title(),
                null, s.date(), null, false, false, JudgementScale.NONE, s.summary(), null, true, null, null, s.years(),
                s.areas(), s.indicators(), s.guidelineSections(), s.activitiesByDepartment());
        try (XWPFDocument doc = reopen(docx.render(approved))) {
            assertThat(texts(doc)).doesNotContain("Utkast", "Kommentar om året").noneMatch(t -> t.startsWith("Diarienummer"))
                    .noneMatch(t -> t.contains("bedömning 2021"));
            assertThat(doc.getTables()).noneMatch(t -> t.getText().contains("(i år)"));
            assertThat(doc.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void writesAFileToLookAt() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "reports"));
        Files.write(dir.resolve("uppfoljning-2021.docx"), docx.render(ReportSamples.small()));
        assertThat(dir.resolve("uppfoljning-2021.docx")).isNotEmptyFile();
    }

    static XWPFDocument reopen(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().flatMap(p -> List.of(p.getText().split("\n")).stream()).map(String::strip).toList();
    }

    static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    static XWPFTable table(XWPFDocument doc, String firstHeading) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeading)).findFirst().orElseThrow();
    }
}
