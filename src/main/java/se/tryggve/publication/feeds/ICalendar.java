package se.tryggve.publication.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545): content lines ended by CRLF (3.1), folded so that no line is longer than
 * 75 octets of UTF-8, never inside a character, continued with one space (3.1); TEXT values with backslash,
 * semicolon, comma and line breaks escaped (3.3.11). Local times carry {@code TZID=Europe/Stockholm}, defined
 * once by the {@link #STOCKHOLM} VTIMEZONE (3.6.5); DTSTAMP is UTC (3.8.7.2).
 */
final class ICalendar {

    static final String TZID = "Europe/Stockholm";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Central European time with the EU's summer time (last Sunday of March to last Sunday of October). */
    static final String[] STOCKHOLM = {
            "BEGIN:VTIMEZONE", "TZID:" + TZID,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"};

    private final StringBuilder out = new StringBuilder();

    /** Adds a content line as it is (name, parameters and value already formed), folded. */
    ICalendar line(String contentLine) {
        byte[] bytes = contentLine.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(contentLine).append("\r\n");
            return this;
        }
        int limit = 75;
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int cp = contentLine.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }

    /** A property with a TEXT value, escaped. */
    ICalendar text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    static String utc(Instant t) {
        return UTC.format(t);
    }

    static String local(LocalDate d, LocalTime t) {
        return LOCAL.format(d.atTime(t));
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
