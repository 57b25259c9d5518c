package se.tryggve.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The follow-up's data as a workbook for the coordinator's own analysis: one row per goal, one per
 * activity, one per indicator and year. Numbers are numeric cells, so they can be summed and
 * charted; a missing value is an empty cell with its reason beside it, never a zero.
 */
@Component
class ReportXlsx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;

    private static final int MAX_WIDTH_CHARS = 60;

    private final MessageSource messages;

    ReportXlsx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(FollowUpReport report) {
        ExportTexts t = new ExportTexts(messages);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            goals(wb, styles, t, report);
            activities(wb, styles, t, report);
            indicators(wb, styles, t, report);
            wb.getProperties().getCoreProperties().setTitle(ExportTexts.clean(report.title()));
            wb.getProperties().getCoreProperties().setCreator("Tryggve");
            wb.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty("sv-SE");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            wb.write(out);
            se.tryggve.shared.OperationalMetrics.reportGenerated("followup-report", "xlsx");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void goals(XSSFWorkbook wb, Styles s, ExportTexts t, FollowUpReport r) {
        List<Integer> earlier = r.years().stream().filter(y -> y != r.year()).toList();
        List<String> head = new ArrayList<>(List.of(t.msg("followup.area"), t.msg("followup.export.goal"),
                t.msg("followup.export.owners"), t.msg("followup.export.reportingDepartments"),
                t.msg("followup.export.workThisYear", r.year()), t.msg("followup.export.judgementOfYear", r.year())));
        for (int y : earlier) {
            head.add(t.msg("followup.export.judgementOfYear", y));
        }
        Sheet sheet = new Sheet(wb, s, t.msg("followup.export.sheet.goals"), head);
        for (AreaSection area : r.areas()) {
            for (GoalSection g : area.goals()) {
                List<String> departments = new ArrayList<>();
                List<String> work = new ArrayList<>();
                for (DepartmentWork w : g.work()) {
                    departments.add(w.department());
                    if (w.text() != null && !w.text().isBlank()) {
                        work.add(g.work().size() > 1 ? w.department() + ": " + w.text().strip() : w.text().strip());
                    }
                }
                Row row = sheet.row();
                sheet.text(row, 0, area.title());
                sheet.text(row, 1, g.title());
                sheet.text(row, 2, String.join(", ", g.ownerDepartments()));
                sheet.text(row, 3, String.join(", ", departments));
                sheet.text(row, 4, String.join("\n\n", work));
                sheet.text(row, 5, g.judgement() == null ? "" : t.judgement(g.judgement()));
                for (int i = 0; i < earlier.size(); i++) {
                    Judgement j = g.judgementsByYear().get(earlier.get(i));
                    sheet.text(row, 6 + i, j == null ? "" : t.judgement(j));
                }
            }
        }
        sheet.finish();
    }

    private static void activities(XSSFWorkbook wb, Styles s, ExportTexts t, FollowUpReport r) {
        // an activity may serve several goals: one row, its goals and areas listed together
        Map<Long, ActivityRow> rows = new LinkedHashMap<>();
        Map<Long, Set<String>> areas = new LinkedHashMap<>();
        Map<Long, Set<String>> goals = new LinkedHashMap<>();
        for (AreaSection area : r.areas()) {
            for (GoalSection g : area.goals()) {
                for (ActivityRow a : g.activities()) {
                    rows.putIfAbsent(a.activityId(), a);
                    areas.computeIfAbsent(a.activityId(), k -> new LinkedHashSet<>()).add(area.title());
                    goals.computeIfAbsent(a.activityId(), k -> new LinkedHashSet<>()).add(g.title());
                }
            }
        }
        for (DepartmentActivities d : r.activitiesByDepartment()) {
            for (ActivityRow a : d.activities()) {
                rows.putIfAbsent(a.activityId(), a);
            }
        }
        Sheet sheet = new Sheet(wb, s, t.msg("followup.export.sheet.activities"), List.of(t.msg("followup.area"),
                t.msg("followup.export.goals"), t.msg("followup.export.activity"), t.msg("followup.department"),
                t.msg("followup.status"), t.msg("followup.export.whatWasDone", r.year())));
        for (ActivityRow a : rows.values()) {
            Row row = sheet.row();
            sheet.text(row, 0, String.join(", ", areas.getOrDefault(a.activityId(), Set.of())));
            sheet.text(row, 1, String.join("; ", goals.getOrDefault(a.activityId(), Set.of())));
            sheet.text(row, 2, a.title());
            sheet.text(row, 3, a.department());
            sheet.text(row, 4, t.status(a.status()));
            sheet.text(row, 5, a.whatWasDone());
        }
        sheet.finish();
    }

    private static void indicators(XSSFWorkbook wb, Styles s, ExportTexts t, FollowUpReport r) {
        Sheet sheet = new Sheet(wb, s, t.msg("followup.export.sheet.indicators"), List.of(t.msg("followup.export.indicator"),
                t.msg("followup.export.unit"), t.msg("followup.year"), t.msg("followup.export.value"),
                t.msg("followup.export.missingReason"), t.msg("followup.export.target")));
        for (IndicatorSection i : r.indicators()) {
            for (IndicatorPoint p : i.points()) {
                Row row = sheet.row();
                sheet.text(row, 0, i.name());
                sheet.text(row, 1, i.unit());
                sheet.year(row, 2, p.year());
                sheet.number(row, 3, p.value());
                sheet.text(row, 4, p.missing() ? (p.missingReason() == null ? t.msg("followup.export.missing") : p.missingReason()) : "");
                sheet.number(row, 5, p.target());
            }
        }
        sheet.finish();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle year;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            year = wb.createCellStyle();
            year.setVerticalAlignment(VerticalAlignment.TOP);
            year.setDataFormat(wb.createDataFormat().getFormat("0"));
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
        }
    }

    /** A sheet with a bold, frozen header row with a filter, and widths fitted to the content. */
    private static final class Sheet {
        private final XSSFSheet sheet;
        private final Styles styles;
        private final int[] widths;
        private final int columns;

        Sheet(XSSFWorkbook wb, Styles styles, String name, List<String> headings) {
            String safe = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
            this.sheet = wb.createSheet(safe);
            this.styles = styles;
            this.columns = headings.size();
            this.widths = new int[columns];
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = headings.get(c).length() + 3;
            }
        }

        Row row() {
            return sheet.createRow(sheet.getLastRowNum() + 1);
        }

        void text(Row row, int column, String value) {
            String v = ExportTexts.clean(value);
            Cell cell = row.createCell(column);
            cell.setCellValue(v);
            boolean multiLine = v.indexOf('\n') >= 0 || v.length() > MAX_WIDTH_CHARS;
            cell.setCellStyle(multiLine ? styles.wrapped : styles.text);
            int longest = 0;
            for (String line : v.split("\n")) {
                longest = Math.max(longest, line.length());
            }
            widths[column] = Math.max(widths[column], Math.min(longest + 1, MAX_WIDTH_CHARS));
        }

        void year(Row row, int column, int year) {
            Cell cell = row.createCell(column);
            cell.setCellValue(year);
            cell.setCellStyle(styles.year);
            widths[column] = Math.max(widths[column], 6);
        }

        void number(Row row, int column, java.math.BigDecimal value) {
            Cell cell = row.createCell(column);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
                widths[column] = Math.max(widths[column], Math.min(value.toPlainString().length() + 3, MAX_WIDTH_CHARS));
            }
            cell.setCellStyle(styles.number);
        }

        void finish() {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, columns - 1));
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
        }
    }
}
