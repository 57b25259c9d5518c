package se.tryggve.incidents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the incident pages: times as "17 februari 2022 kl. 10.15" (Swedish time), SWEREF 99 TM, durations, SEK. */
@Component("incidentFormat")
public class IncidentFormat {

    public String time(Instant t) {
        if (t == null) {
            return "";
        }
        Locale l = LocaleContextHolder.getLocale();
        String pattern = "en".equals(l.getLanguage()) ? "d MMMM yyyy 'at' HH:mm" : "d MMMM yyyy 'kl.' HH.mm";
        return DateTimeFormatter.ofPattern(pattern, l).format(t.atZone(Incidents.STOCKHOLM));
    }

    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(d);
    }

    /** For datetime-local inputs. */
    public String inputTime(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(t.atZone(Incidents.STOCKHOLM));
    }

    public String duration(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes % (24 * 60)) / 60;
        long min = minutes % 60;
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append(en ? (days == 1 ? " day " : " days ") : (days == 1 ? " dygn " : " dygn "));
        }
        if (days > 0 || hours > 0) {
            b.append(hours).append(" h ");
        }
        return b.append(min).append(" min").toString();
    }

    public String sweref(Position p) {
        if (p == null) {
            return "";
        }
        Projection.Sweref99 s = Projection.toSweref99(p);
        // Grouped by threes with no-break spaces, as Lantmäteriet writes grid coordinates; never wrapped.
        return "N " + grouped(Math.round(s.northing())) + ", E " + grouped(Math.round(s.easting()));
    }

    static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append('\u00a0');
            }
            b.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    public String wgs84(Position p) {
        return p == null ? "" : String.format(Locale.ROOT, "%.6f° N, %.6f° E", p.latitude(), p.longitude());
    }

    public String sek(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount) + " kr";
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)) : (bytes + 1023) / 1024 + " kB";
    }
}
