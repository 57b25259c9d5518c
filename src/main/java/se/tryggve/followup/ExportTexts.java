package se.tryggve.followup;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.tryggve.governance.ActivityStatus;

/**
 * Labels, dates and numbers of the DOCX and XLSX exports, from the message bundles. The exports are
 * Swedish documents ("1 februari 2022", "1 100,5") whatever the browser asks for: they are filed and
 * sent on as the municipality's own documents.
 */
final class ExportTexts {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DecimalFormat numbers;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
        this.locale = SWEDISH;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
        this.numbers = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(SWEDISH));
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String judgement(Judgement j) {
        return j == null ? msg("followup.export.noJudgement") : msg("followup.judgement." + j.name());
    }

    String status(ActivityStatus s) {
        return s == null ? "" : msg("governance.activityStatus." + s.name());
    }

    String number(BigDecimal n) {
        // a plain hyphen-minus as in the HTML and PDF: U+2212 of the Swedish locale is missing from some fonts
        return n == null ? "" : numbers.format(n).replace('\u2212', '-');
    }

    /** A year's value, or "Saknas – reason" so that a gap is never read as zero. */
    String value(FollowUpReport.IndicatorPoint p) {
        if (!p.missing()) {
            return number(p.value());
        }
        return p.missingReason() == null || p.missingReason().isBlank()
                ? msg("followup.export.missing")
                : msg("followup.export.missingWithReason", p.missingReason());
    }

    /** Drops characters XML 1.0 cannot carry (pasted control characters would make the file unreadable). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
