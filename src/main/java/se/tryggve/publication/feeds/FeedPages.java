package se.tryggve.publication.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.tryggve.meetings.Notice;
import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.SwedishDates;

/**
 * Feeds without login, so that residents, journalists and aggregators can follow the municipality's decisions
 * without visiting the portal: Atom (RFC 4287) of the notices on the official notice board (KL 8 kap. 12 §) and
 * of adjusted minutes, and an iCalendar (RFC 5545) calendar of every meeting.
 */
@RestController
class FeedPages {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** Tag URIs (RFC 4151) under the project's own name, so that ids do not change with the host name. */
    private static final String TAG = "tag:tryggve.se,2026:kommun/";

    private final Municipalities municipalities;
    private final FeedSources sources;
    private final MessageSource messages;

    FeedPages(Municipalities municipalities, FeedSources sources, MessageSource messages) {
        this.municipalities = municipalities;
        this.sources = sources;
        this.messages = messages;
    }

    private Municipality municipality(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new NotFoundException("Municipality", "?");
        }
        return municipalities.findByCode(code).orElseThrow(() -> new NotFoundException("Municipality", code));
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, SwedishDates.SWEDISH);
    }

    // ------------------------------------------------------------------ Atom

    /** An entry of an Atom feed. */
    record AtomEntry(String id, String title, Instant updated, Instant published, String link, String pdf, String summary) {
    }

    @GetMapping("/kommun/{kod}/flode/anslag.atom")
    ResponseEntity<String> notices(@PathVariable("kod") String kod) throws XMLStreamException {
        Municipality mu = municipality(kod);
        String origin = origin();
        List<AtomEntry> entries = new ArrayList<>();
        for (Notice n : sources.notices(mu.id())) {
            entries.add(new AtomEntry(TAG + mu.code() + "/anslag/" + n.id(),
                    msg("publicationdata.feed.notice.entry", n.bodyName(), SwedishDates.date(n.meetingDate())),
                    n.createdAt() == null ? startOf(n.postedOn()) : n.createdAt(), startOf(n.postedOn()),
                    origin + "/anslagstavla?kommun=" + mu.code(), origin + "/anslagstavla/" + n.id() + "/protokoll.pdf",
                    msg("publicationdata.feed.notice.summary", SwedishDates.date(n.postedOn()), SwedishDates.date(n.takeDownOn()),
                            SwedishDates.date(n.lastDayOfAppeal()), n.concerns())));
        }
        return atom(mu, "anslag", msg("publicationdata.feed.notices.title", mu.name()), origin, entries);
    }

    @GetMapping("/kommun/{kod}/flode/protokoll.atom")
    ResponseEntity<String> minutes(@PathVariable("kod") String kod) throws XMLStreamException {
        Municipality mu = municipality(kod);
        String origin = origin();
        List<AtomEntry> entries = new ArrayList<>();
        for (FeedSources.FeedMeeting mt : sources.meetings(mu.id())) {
            if (!mt.adjusted()) {
                continue; // minutes are public once adjusted
            }
            String page = origin + "/kommun/" + mu.code() + "/sammantraden/" + mt.id();
            Instant adjusted = mt.adjustedAt() == null ? startOf(mt.date()) : mt.adjustedAt();
            entries.add(new AtomEntry(TAG + mu.code() + "/protokoll/" + mt.id(),
                    msg("publicationdata.feed.minutes.entry", mt.bodyName(), SwedishDates.date(mt.date())), adjusted, adjusted,
                    page, page + "/protokoll.pdf", msg("publicationdata.feed.minutes.summary", mt.bodyName(),
                    SwedishDates.date(mt.date()), SwedishDates.time(adjusted))));
        }
        entries.sort(Comparator.comparing(AtomEntry::updated).reversed());
        return atom(mu, "protokoll", msg("publicationdata.feed.minutes.title", mu.name()), origin, entries);
    }

    private static Instant startOf(LocalDate d) {
        return d.atStartOfDay(SwedishDates.SWEDEN).toInstant();
    }

    private ResponseEntity<String> atom(Municipality mu, String name, String title, String origin, List<AtomEntry> entries)
            throws XMLStreamException {
        String self = origin + "/kommun/" + mu.code() + "/flode/" + name + ".atom";
        Instant updated = entries.stream().map(AtomEntry::updated).max(Comparator.naturalOrder())
                .orElse(Instant.parse("2000-01-01T00:00:00Z"));
        StringWriter buffer = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(buffer);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(ATOM_NS);
        x.writeAttribute("xml:lang", "sv");
        element(x, "id", TAG + mu.code() + "/" + name);
        element(x, "title", title);
        element(x, "updated", iso(updated));
        link(x, "self", self, "application/atom+xml");
        link(x, "alternate", origin + (name.equals("anslag") ? "/anslagstavla?kommun=" + mu.code()
                : "/kommun/" + mu.code() + "/sammantraden"), "text/html");
        x.writeStartElement("author");
        element(x, "name", mu.name());
        x.writeEndElement();
        element(x, "generator", "Tryggve");
        for (AtomEntry e : entries.stream().limit(200).toList()) {
            x.writeStartElement("entry");
            element(x, "id", e.id());
            element(x, "title", e.title());
            element(x, "updated", iso(e.updated()));
            element(x, "published", iso(e.published()));
            link(x, "alternate", e.link(), "text/html");
            link(x, "enclosure", e.pdf(), "application/pdf");
            x.writeStartElement("summary");
            x.writeAttribute("type", "text");
            x.writeCharacters(e.summary());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return ResponseEntity.ok().contentType(ATOM).body(buffer.toString());
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }

    // ------------------------------------------------------------------ iCalendar

    @GetMapping("/kommun/{kod}/sammantraden.ics")
    ResponseEntity<String> calendar(@PathVariable("kod") String kod) {
        Municipality mu = municipality(kod);
        String origin = origin();
        String stamp = ICalendar.utc(sources.now().truncatedTo(ChronoUnit.SECONDS));
        ICalendar cal = new ICalendar();
        cal.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Tryggve//Sammanträden " + mu.code() + "//SV")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH")
                .text("X-WR-CALNAME", msg("publicationdata.feed.calendar.title", mu.name()))
                .line("X-WR-TIMEZONE:" + ICalendar.TZID);
        for (String l : ICalendar.STOCKHOLM) {
            cal.line(l);
        }
        for (FeedSources.FeedMeeting mt : sources.meetings(mu.id())) {
            cal.line("BEGIN:VEVENT");
            // stable: the meeting's id never changes. A URN rather than the "x@domain" form RFC 5545 suggests,
            // which reads as an e-mail address to people and to the no-leak check (no such mailbox exists)
            cal.line("UID:urn:tryggve:" + mu.code() + ":meeting:" + mt.id());
            // the meeting's last change, so that an unchanged calendar is byte for byte the same (caching, ETag)
            cal.line("DTSTAMP:" + (mt.modified() == null ? stamp : ICalendar.utc(mt.modified().truncatedTo(ChronoUnit.SECONDS))));
            LocalTime start = time(mt.startTime());
            LocalTime end = time(mt.endTime());
            if (start == null) {
                // no time announced: an all-day event on the meeting date
                cal.line("DTSTART;VALUE=DATE:" + ICalendar.date(mt.date()));
                cal.line("DTEND;VALUE=DATE:" + ICalendar.date(mt.date().plusDays(1)));
            } else {
                cal.line("DTSTART;TZID=" + ICalendar.TZID + ":" + ICalendar.local(mt.date(), start));
                if (end != null && end.isAfter(start)) {
                    cal.line("DTEND;TZID=" + ICalendar.TZID + ":" + ICalendar.local(mt.date(), end));
                }
            }
            cal.text("SUMMARY", mt.bodyName());
            if (mt.place() != null && !mt.place().isBlank()) {
                cal.text("LOCATION", mt.place());
            }
            cal.line("URL:" + origin + "/kommun/" + mu.code() + "/sammantraden/" + mt.id());
            cal.line("STATUS:CONFIRMED");
            cal.line("END:VEVENT");
        }
        cal.line("END:VCALENDAR");
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"sammantraden-" + mu.code() + ".ics\"").body(cal.toString());
    }

    /** "09:00" as a time; null when empty or not a time. */
    static LocalTime time(String hhmm) {
        if (hhmm == null || !hhmm.strip().matches("\\d{1,2}[:.]\\d{2}")) {
            return null;
        }
        String[] p = hhmm.strip().split("[:.]");
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

}
