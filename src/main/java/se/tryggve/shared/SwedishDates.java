package se.tryggve.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and times written the Swedish way, as in minutes and on the notice board: "17 februari 2022",
 * "kl. 09.00" (Språkrådet's recommendation: a full stop between hours and minutes). One place for
 * documents and pages alike; templates call it as {@code ${@swedishDates.date(d)}}.
 */
@Component("swedishDates")
public class SwedishDates {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", SWEDISH);

    /** "17 februari 2022"; empty for no date. */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "24 februari 2022 kl. 10.15" in Swedish time; empty for no time. */
    public static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(SWEDEN));
    }

    /** A clock time as stored ("09:00") written "09.00". */
    public static String clock(String hhmm) {
        return hhmm == null ? "" : hhmm.replace(':', '.');
    }

    /** "13.00–15.10", "13.00", or empty. */
    public static String clockRange(String from, String to) {
        if (from == null || from.isBlank()) {
            return "";
        }
        return to == null || to.isBlank() ? clock(from) : clock(from) + "–" + clock(to);
    }

    // instance methods for templates (${@swedishDates.date(…)})

    public String dateText(LocalDate d) {
        return date(d);
    }

    public String timeText(Instant t) {
        return time(t);
    }

    public String clockText(String from, String to) {
        return clockRange(from, to);
    }
}
