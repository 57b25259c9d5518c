package se.tryggve.followup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.tryggve.followup.FollowUpReport.ActivityRow;
import se.tryggve.followup.FollowUpReport.AreaSection;
import se.tryggve.followup.FollowUpReport.DepartmentActivities;
import se.tryggve.followup.FollowUpReport.DepartmentWork;
import se.tryggve.followup.FollowUpReport.GoalSection;
import se.tryggve.followup.FollowUpReport.IndicatorPoint;
import se.tryggve.followup.FollowUpReport.IndicatorSection;

/**
 * The follow-up report as an editable Word document. It uses real Word styles (Title, heading 1–3
 * with outline levels, a table style) rather than direct formatting, so that the coordinator's Word
 * shows the headings in its navigation pane, can build a table of contents and restyle the whole
 * document in one place before it goes to the board.
 */
@Component
class ReportDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TABLE_STYLE = "TryggveTabell";
    static final String FONT = "Liberation Sans";

    private static final int PRINTED_CHART_WIDTH_PT = 450;
    /** A4 (11906 twips) less two margins of 2.5 cm (1418 twips). */
    private static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1418;
    private static final String HEADER_FILL = "DCE6F0";

    private final MessageSource messages;
    private final ReportCharts charts;

    ReportDocx(MessageSource messages, ReportCharts charts) {
        this.messages = messages;
        this.charts = charts;
    }

    byte[] render(FollowUpReport report) {
        ExportTexts texts = new ExportTexts(messages);
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc, texts, report, charts).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.write(out);
            se.tryggve.shared.OperationalMetrics.reportGenerated("followup-report", "docx");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XWPFDocument doc;
        private final ExportTexts t;
        private final FollowUpReport r;
        private final ReportCharts charts;
        private int pictures;

        Writer(XWPFDocument doc, ExportTexts texts, FollowUpReport report, ReportCharts charts) {
            this.doc = doc;
            this.t = texts;
            this.r = report;
            this.charts = charts;
        }

        void write() {
            styles();
            page();
            footer();
            properties();
            titlePage();
            summary();
            for (AreaSection area : r.areas()) {
                area(area);
            }
            indicators();
            for (GuidelineSection section : r.guidelineSections()) {
                guideline(section);
            }
            if (r.noteOnYear() != null && !r.noteOnYear().isBlank()) {
                heading(1, t.msg("followup.export.noteOnYear"));
                text(r.noteOnYear());
            }
            appendix();
        }

        // ---------------------------------------------------------------- content

        private void titlePage() {
            XWPFParagraph title = paragraph("Title");
            title.createRun().setText(ExportTexts.clean(r.title()));
            if (r.draft()) {
                XWPFRun draft = paragraph("Subtitle").createRun();
                draft.setText(t.msg("followup.export.draft"));
            }
            line(r.municipalityName());
            if (r.authorDepartment() != null) {
                line(r.authorDepartment());
            }
            line(t.date(r.date()));
            if (r.caseNumber() != null && !r.caseNumber().isBlank()) {
                line(t.msg("followup.export.caseNumber", r.caseNumber()));
            }
            if (r.example()) {
                XWPFRun run = paragraph(null).createRun();
                run.setItalic(true);
                run.setText(t.msg("followup.export.example"));
            }
            paragraph(null).createRun().addBreak(BreakType.PAGE);
        }

        private void summary() {
            heading(1, t.msg("followup.summary.title"));
            if (r.summary() != null && !r.summary().isBlank()) {
                text(r.summary());
            }
            if (r.scale() != se.tryggve.organisation.JudgementScale.NONE) {
                labelled(t.msg("followup.export.overallJudgement", r.year()), t.judgement(r.overallJudgement()));
                if (r.lastYearOfPeriod()) {
                    labelled(t.msg("followup.periodJudgement"), t.judgement(r.periodJudgement()));
                }
            }
        }

        private void area(AreaSection area) {
            heading(1, area.title());
            if (area.subGoal() != null && !area.subGoal().isBlank()) {
                XWPFRun run = paragraph(null).createRun();
                run.setItalic(true);
                run.setText(ExportTexts.clean(area.subGoal()));
            }
            for (GoalSection goal : area.goals()) {
                goal(goal);
            }
        }

        private void goal(GoalSection goal) {
            heading(2, goal.title());
            if (goal.description() != null && !goal.description().isBlank()) {
                text(goal.description());
            }
            if (!goal.ownerDepartments().isEmpty()) {
                labelled(t.msg("followup.export.owners"), String.join(", ", goal.ownerDepartments()));
            }
            for (DepartmentWork work : goal.work()) {
                heading(3, work.department());
                if (work.text() == null || work.text().isBlank()) {
                    XWPFRun run = paragraph(null).createRun();
                    run.setItalic(true);
                    run.setText(t.msg("followup.export.noWork"));
                } else {
                    text(work.text());
                }
            }
            if (r.scale() != se.tryggve.organisation.JudgementScale.NONE && !r.years().isEmpty()) {
                caption(t.msg("followup.export.judgementsCaption", goal.title()));
                List<String> head = new ArrayList<>();
                List<String> row = new ArrayList<>();
                for (int year : r.years()) {
                    head.add(year == r.year() ? t.msg("followup.export.thisYear", year) : String.valueOf(year));
                    Judgement j = year == r.year() ? goal.judgement() : goal.judgementsByYear().get(year);
                    row.add(t.judgement(j));
                }
                table(head, List.of(row));
            }
            if (!goal.activities().isEmpty()) {
                caption(t.msg("followup.export.activitiesCaption", goal.title()));
                table(activityHeadings(true), goal.activities().stream().map(a -> activityCells(a, true)).toList(), 27, 23, 12, 38);
            }
        }

        private void indicators() {
            if (r.indicators().isEmpty()) {
                return;
            }
            heading(1, t.msg("followup.export.indicators"));
            for (IndicatorSection i : r.indicators()) {
                heading(2, i.name());
                List<String> facts = new ArrayList<>();
                if (i.goalTitle() != null) {
                    facts.add(t.msg("followup.export.goal") + ": " + i.goalTitle());
                }
                if (i.unit() != null && !i.unit().isBlank()) {
                    facts.add(t.msg("followup.export.unit") + ": " + i.unit());
                }
                if (i.direction() != null) {
                    facts.add(t.msg("governance.direction." + i.direction().name()));
                }
                if (i.source() != null) {
                    String source = t.msg("governance.source." + i.source().name());
                    facts.add(t.msg("followup.export.source") + ": "
                            + (i.koladaKpi() != null && !i.koladaKpi().isBlank() ? source + " (" + i.koladaKpi() + ")" : source));
                }
                if (i.baselineYear() != null && i.baselineValue() != null) {
                    facts.add(t.msg("followup.export.baseline", String.valueOf(i.baselineYear()), t.number(i.baselineValue())));
                }
                if (!facts.isEmpty()) {
                    XWPFParagraph p = paragraph(null);
                    // the facts stay on the page of the chart they introduce (POI's setKeepNext needs a pPr)
                    (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
                    p.createRun().setText(ExportTexts.clean(String.join(". ", facts) + "."));
                }
                if (!i.points().isEmpty()) {
                    picture(charts.trendPng(i), charts.altText(i));
                    caption(t.msg("followup.export.valuesCaption", i.name()));
                    List<List<String>> rows = new ArrayList<>();
                    for (IndicatorPoint p : i.points()) {
                        rows.add(List.of(String.valueOf(p.year()), t.value(p), t.number(p.target())));
                    }
                    table(List.of(t.msg("followup.year"), t.msg("followup.export.value"), t.msg("followup.export.target")), rows,
                            16, 54, 30);
                } else {
                    line(t.msg("followup.export.noValues"));
                }
            }
        }

        private void guideline(GuidelineSection section) {
            heading(1, section.title());
            for (GuidelineSection.Block block : section.blocks()) {
                if (block instanceof GuidelineSection.Text text) {
                    text(text.text());
                } else if (block instanceof GuidelineSection.Table table) {
                    if (table.caption() != null && !table.caption().isBlank()) {
                        caption(table.caption());
                    }
                    table(table.headings(), table.rows());
                }
            }
        }

        private void appendix() {
            if (r.activitiesByDepartment().isEmpty()) {
                return;
            }
            heading(1, t.msg("followup.export.appendix"));
            for (DepartmentActivities d : r.activitiesByDepartment()) {
                heading(2, d.department());
                if (d.activities().isEmpty()) {
                    line(t.msg("followup.export.noActivities"));
                } else {
                    table(activityHeadings(false), d.activities().stream().map(a -> activityCells(a, false)).toList(), 32, 14, 54);
                }
            }
        }

        private List<String> activityHeadings(boolean withDepartment) {
            List<String> h = new ArrayList<>();
            h.add(t.msg("followup.export.activity"));
            if (withDepartment) {
                h.add(t.msg("followup.department"));
            }
            h.add(t.msg("followup.status"));
            h.add(t.msg("followup.export.whatWasDone", r.year()));
            return h;
        }

        private List<String> activityCells(ActivityRow a, boolean withDepartment) {
            List<String> c = new ArrayList<>();
            c.add(a.title());
            if (withDepartment) {
                c.add(a.department());
            }
            c.add(t.status(a.status()));
            c.add(a.whatWasDone());
            return c;
        }

        // ---------------------------------------------------------------- building blocks

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }

        private void heading(int level, String text) {
            paragraph("Heading" + level).createRun().setText(ExportTexts.clean(text));
        }

        private void line(String text) {
            paragraph(null).createRun().setText(ExportTexts.clean(text));
        }

        private void caption(String text) {
            paragraph("Caption").createRun().setText(ExportTexts.clean(text));
        }

        private void labelled(String label, String value) {
            XWPFParagraph p = paragraph(null);
            XWPFRun l = p.createRun();
            l.setBold(true);
            l.setText(ExportTexts.clean(label) + ": ");
            p.createRun().setText(ExportTexts.clean(value));
        }

        /** Paragraphs at blank lines, line breaks kept within a paragraph. */
        private void text(String text) {
            for (String block : ExportTexts.clean(text).replace("\r\n", "\n").split("\n\\s*\n")) {
                if (block.isBlank()) {
                    continue;
                }
                XWPFRun run = paragraph(null).createRun();
                String[] lines = block.strip().split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i]);
                }
            }
        }

        private void table(List<String> headings, List<List<String>> rows, int... percentWidths) {
            XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
            table.setStyleID(TABLE_STYLE);
            table.setWidth("100%");
            // column widths in the grid too: LibreOffice lays a table out by its grid, Word by the cells
            int[] widths = new int[headings.size()];
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < widths.length; c++) {
                widths[c] = percentWidths.length == widths.length
                        ? TEXT_WIDTH_TWIPS * percentWidths[c] / 100
                        : TEXT_WIDTH_TWIPS / widths.length;
                (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
            }
            // POI writes borders straight onto the table; without them the table style's borders apply,
            // so a coordinator who changes the style changes every table
            if (table.getCTTbl().getTblPr().isSetTblBorders()) {
                table.getCTTbl().getTblPr().unsetTblBorders();
            }
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            head.setCantSplitRow(true);
            for (int c = 0; c < headings.size(); c++) {
                XWPFTableCell cell = head.getCell(c);
                cell.setColor(HEADER_FILL);
                cell.setWidth(String.valueOf(widths[c]));
                XWPFRun run = cell.getParagraphs().get(0).createRun();
                run.setBold(true);
                run.setText(ExportTexts.clean(headings.get(c)));
            }
            for (int i = 0; i < rows.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                List<String> values = rows.get(i);
                for (int c = 0; c < headings.size(); c++) {
                    String v = c < values.size() ? values.get(c) : "";
                    cellText(row.getCell(c), v);
                }
            }
            // an empty paragraph keeps two consecutive tables from merging into one in Word
            paragraph(null);
        }

        private static void cellText(XWPFTableCell cell, String value) {
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            String[] lines = ExportTexts.clean(value).replace("\r\n", "\n").split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }

        private void picture(byte[] png, String alt) {
            int[] size = pngSize(png);
            double scale = PRINTED_CHART_WIDTH_PT / (double) size[0];
            XWPFParagraph p = paragraph(null);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            XWPFRun run = p.createRun();
            pictures++;
            XWPFPicture picture;
            try {
                picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "diagram-" + pictures + ".png",
                        Units.toEMU(PRINTED_CHART_WIDTH_PT), Units.toEMU(size[1] * scale));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            // the alternative text Word shows to screen readers (Alt Text pane) is docPr/@descr
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(alt);
            inline.getDocPr().setName(t.msg("followup.export.chart") + " " + pictures);
            // Word wants drawing ids unique and positive; POI writes 0 for every picture
            inline.getDocPr().setId(pictures);
            picture.getCTPicture().getNvPicPr().getCNvPr().setId(pictures);
            picture.getCTPicture().getNvPicPr().getCNvPr().setName(t.msg("followup.export.chart") + " " + pictures);
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        }

        // ---------------------------------------------------------------- document set-up

        private void properties() {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(ExportTexts.clean(r.title()));
            core.setCreator("Tryggve");
            core.getUnderlyingProperties().setLanguageProperty("sv-SE");
            if (r.draft()) {
                core.setContentStatus(t.msg("followup.export.draft"));
            }
            doc.getProperties().getExtendedProperties().setApplication("Tryggve");
        }

        /** The document's title and the page number at the foot of every page. */
        private void footer() {
            XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            XWPFParagraph p = footer.getParagraphArray(0) != null ? footer.getParagraphArray(0) : footer.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun text = p.createRun();
            text.setFontSize(9);
            text.setText(ExportTexts.clean(r.title()) + " – " + t.msg("followup.export.page") + " ");
            var field = p.getCTP().addNewFldSimple();
            field.setInstr("PAGE");
            var number = field.addNewR();
            number.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
            number.addNewT().setStringValue("1");
        }

        /** A4 portrait with 2.5 cm margins. */
        private void page() {
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.addNewPgMar();
            BigInteger m = BigInteger.valueOf(1418);
            mar.setTop(m);
            mar.setBottom(m);
            mar.setLeft(m);
            mar.setRight(m);
            mar.setHeader(BigInteger.valueOf(709));
            mar.setFooter(BigInteger.valueOf(709));
            mar.setGutter(BigInteger.ZERO);
        }

        private void styles() {
            CTStyles styles = CTStyles.Factory.newInstance();
            CTDocDefaults defaults = styles.addNewDocDefaults();
            CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
            fonts(rpr.addNewRFonts());
            rpr.addNewSz().setVal(BigInteger.valueOf(22));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
            var lang = rpr.addNewLang();
            lang.setVal("sv-SE");
            lang.setEastAsia("sv-SE");
            lang.setBidi("ar-SA");
            CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
            var spacing = ppr.addNewSpacing();
            spacing.setAfter(BigInteger.valueOf(120));
            spacing.setLine(BigInteger.valueOf(264));
            spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);

            CTStyle normal = style(styles, STStyleType.PARAGRAPH, "Normal", "Normal", null);
            normal.setDefault("1");
            normal.addNewQFormat();

            heading(styles, 1, 32, 480);
            heading(styles, 2, 26, 320);
            heading(styles, 3, 22, 240);

            CTStyle title = style(styles, STStyleType.PARAGRAPH, "Title", "Title", "Normal");
            title.addNewNext().setVal("Normal");
            title.addNewUiPriority().setVal(BigInteger.valueOf(10));
            title.addNewQFormat();
            title.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(480));
            CTRPr titleRun = title.addNewRPr();
            // run properties in the schema's order (b, caps, color, sz, szCs): Word refuses other orders
            titleRun.addNewB();
            titleRun.addNewColor().setVal("1F3A5F");
            titleRun.addNewSz().setVal(BigInteger.valueOf(48));
            titleRun.addNewSzCs().setVal(BigInteger.valueOf(48));

            CTStyle subtitle = style(styles, STStyleType.PARAGRAPH, "Subtitle", "Subtitle", "Normal");
            subtitle.addNewNext().setVal("Normal");
            subtitle.addNewUiPriority().setVal(BigInteger.valueOf(11));
            subtitle.addNewQFormat();
            CTRPr subtitleRun = subtitle.addNewRPr();
            subtitleRun.addNewB();
            subtitleRun.addNewCaps();
            subtitleRun.addNewColor().setVal("A00000");
            subtitleRun.addNewSz().setVal(BigInteger.valueOf(28));

            CTStyle caption = style(styles, STStyleType.PARAGRAPH, "Caption", "caption", "Normal");
            caption.addNewNext().setVal("Normal");
            caption.addNewUiPriority().setVal(BigInteger.valueOf(35));
            caption.addNewQFormat();
            CTPPrGeneral captionPara = caption.addNewPPr();
            captionPara.addNewKeepNext();
            captionPara.addNewSpacing().setAfter(BigInteger.valueOf(60));
            CTRPr captionRun = caption.addNewRPr();
            captionRun.addNewI();
            captionRun.addNewSz().setVal(BigInteger.valueOf(20));

            tableStyles(styles);

            doc.createStyles().setStyles(styles);
        }

        private static void heading(CTStyles styles, int level, int halfPoints, int before) {
            CTStyle h = style(styles, STStyleType.PARAGRAPH, "Heading" + level, "heading " + level, "Normal");
            h.addNewNext().setVal("Normal");
            h.addNewUiPriority().setVal(BigInteger.valueOf(9));
            h.addNewUnhideWhenUsed();
            h.addNewQFormat();
            CTPPrGeneral p = h.addNewPPr();
            p.addNewKeepNext();
            p.addNewKeepLines();
            var spacing = p.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(before));
            spacing.setAfter(BigInteger.valueOf(120));
            // outline level: what Word's navigation pane and table of contents are built from
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr run = h.addNewRPr();
            run.addNewB();
            run.addNewBCs();
            run.addNewColor().setVal("1F3A5F");
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }

        private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
            CTStyle s = styles.addNewStyle();
            s.setType(type);
            s.setStyleId(id);
            s.addNewName().setVal(name);
            if (basedOn != null) {
                s.addNewBasedOn().setVal(basedOn);
            }
            return s;
        }

        private static void fonts(CTFonts f) {
            f.setAscii(FONT);
            f.setHAnsi(FONT);
            f.setCs(FONT);
            f.setEastAsia(FONT);
        }

        /**
         * Word's default table style and the report's own bordered one. Written as XML because the
         * slim OOXML schema jar that POI ships lacks the compiled types of a style's table properties.
         */
        private static void tableStyles(CTStyles styles) {
            String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
            String margins = "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                    + "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>";
            String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"7F7F7F\"";
            String tableNormal = "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                    + "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
                    + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + margins + "</w:tblPr></w:style>";
            String tryggve = "<w:style w:type=\"table\" w:styleId=\"" + TABLE_STYLE + "\">"
                    + "<w:name w:val=\"Tryggve tabell\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
                    + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                    + "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>"
                    + "<w:tblPr><w:tblBorders><w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/>"
                    + "<w:right " + border + "/><w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>"
                    + margins + "</w:tblPr></w:style>";
            try {
                CTStyles parsed = StylesDocument.Factory.parse("<w:styles " + w + ">" + tableNormal + tryggve + "</w:styles>").getStyles();
                for (CTStyle style : parsed.getStyleArray()) {
                    styles.addNewStyle().set(style);
                }
            } catch (org.apache.xmlbeans.XmlException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Width and height in pixels from the PNG header (IHDR follows the 8-byte signature). */
        private static int[] pngSize(byte[] png) {
            if (png.length < 24) {
                throw new IllegalArgumentException("not a PNG");
            }
            int w = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
            int h = ((png[20] & 0xff) << 24) | ((png[21] & 0xff) << 16) | ((png[22] & 0xff) << 8) | (png[23] & 0xff);
            return new int[] {w, h};
        }
    }
}
