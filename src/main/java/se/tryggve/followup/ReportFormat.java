package se.tryggve.followup;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and numbers in the report as Swedes write them: "1 februari 2022", "1 050,5". */
public final class ReportFormat {

    public static final ReportFormat SWEDISH = new ReportFormat();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FollowUpReports.SWEDISH);

    private ReportFormat() {
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String number(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(FollowUpReports.SWEDISH);
        f.setMaximumFractionDigits(2);
        // A plain hyphen-minus: the Swedish locale's U+2212 is missing from some fonts readers use.
        return f.format(v).replace('\u2212', '-');
    }

    /** Whether a text has line breaks to keep (only such texts are laid out with white-space: pre-line). */
    public boolean multiline(String text) {
        return text != null && text.indexOf('\n') >= 0;
    }
}
