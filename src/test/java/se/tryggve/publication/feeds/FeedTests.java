package se.tryggve.publication.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The feeds parse: Atom with the JDK's XML parser against RFC 4287's required elements, iCalendar against the
 * rules of RFC 5545 checked by hand (no iCalendar parser is among the project's allowed dependencies): CRLF,
 * folding at 75 octets, component nesting, required properties, escaping, stable UIDs.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, FeedFixture.class})
class FeedTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired MockMvc mvc;
    @Autowired FeedFixture fixture;

    FeedFixture.World w;
    String base;

    @BeforeEach
    void world() {
        w = fixture.create();
        base = "/kommun/" + w.mu().code();
    }

    private byte[] fetch(String url, String type) throws Exception {
        var r = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).startsWith(type);
        return r.getContentAsByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c && ATOM.equals(c.getNamespaceURI()) && c.getLocalName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String one(Element e, String name) {
        List<Element> found = children(e, name);
        assertThat(found).as(e.getLocalName() + "/" + name).hasSize(1);
        return found.get(0).getTextContent();
    }

    /** RFC 4287 4.1.1 and 4.1.2: the feed's and each entry's required elements; dates per RFC 3339. */
    private static List<Element> checkAtom(byte[] xml) throws Exception {
        Element feed = parse(xml).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(one(feed, "id")).isNotBlank();
        assertThat(one(feed, "title")).isNotBlank();
        Instant.parse(one(feed, "updated"));
        assertThat(children(feed, "author")).isNotEmpty();
        assertThat(children(feed, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self"))).isTrue();
        List<Element> entries = children(feed, "entry");
        for (Element e : entries) {
            assertThat(one(e, "id")).startsWith("tag:tryggve.se,2026:");
            assertThat(one(e, "title")).isNotBlank();
            Instant.parse(one(e, "updated"));
            assertThat(children(e, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")
                    && l.getAttribute("href").startsWith("http"))).isTrue();
        }
        return entries;
    }

    @Test
    void noticesFeedIsAtom() throws Exception {
        List<Element> entries = checkAtom(fetch(base + "/flode/anslag.atom", "application/atom+xml"));
        assertThat(entries).hasSize(1);
        Element e = entries.get(0);
        assertThat(one(e, "id")).endsWith("/anslag/" + w.notice().id());
        assertThat(one(e, "title")).contains("17 juni 2025");
        assertThat(one(e, "summary")).contains("Uppsatt").contains("Tas ned");
        assertThat(children(e, "link").stream().map(l -> l.getAttribute("href")))
                .anyMatch(h -> h.endsWith("/anslagstavla/" + w.notice().id() + "/protokoll.pdf"));
    }

    @Test
    void minutesFeedHasOnlyAdjustedMinutes() throws Exception {
        List<Element> entries = checkAtom(fetch(base + "/flode/protokoll.atom", "application/atom+xml"));
        assertThat(entries).hasSize(1);
        assertThat(one(entries.get(0), "id")).endsWith("/protokoll/" + w.adjusted());
        assertThat(children(entries.get(0), "link").stream().map(l -> l.getAttribute("href")))
                .anyMatch(h -> h.endsWith(base + "/sammantraden/" + w.adjusted()));
    }

    @Test
    void calendarFollowsRfc5545() throws Exception {
        byte[] bytes = fetch(base + "/sammantraden.ics", "text/calendar");
        String raw = new String(bytes, StandardCharsets.UTF_8);
        // 3.1: every line ends with CRLF, no line is longer than 75 octets
        assertThat(raw).endsWith("\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String physical : raw.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        assertThat(raw).contains("\r\n ");
        String unfolded = raw.replace("\r\n ", "").replace("\r\n\t", "");
        Pattern contentLine = Pattern.compile("[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:]+)*:.*");
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        Map<String, List<String>> current = null;
        boolean timezone = false;
        for (String line : unfolded.split("\r\n")) {
            assertThat(line).matches(contentLine);
            if (line.startsWith("BEGIN:")) {
                open.push(line.substring(6));
                if (line.equals("BEGIN:VEVENT")) {
                    current = new LinkedHashMap<>();
                }
                timezone |= line.equals("BEGIN:VTIMEZONE");
            } else if (line.startsWith("END:")) {
                assertThat(open.pop()).isEqualTo(line.substring(4));
                if (line.equals("END:VEVENT")) {
                    events.add(current);
                    current = null;
                }
            } else if (current != null) {
                String name = line.substring(0, line.indexOf(':')).split(";")[0];
                current.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            }
        }
        assertThat(open).isEmpty();
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n").contains("\r\nPRODID:");
        assertThat(timezone).isTrue();
        assertThat(events).hasSize(3);
        for (Map<String, List<String>> e : events) {
            assertThat(e.get("UID")).hasSize(1);
            assertThat(e.get("DTSTAMP")).hasSize(1);
            assertThat(e.get("DTSTAMP").get(0)).matches("DTSTAMP:\\d{8}T\\d{6}Z");
            assertThat(e.get("DTSTART")).hasSize(1);
            assertThat(e.get("DTSTART").get(0)).matches("DTSTART(;TZID=Europe/Stockholm:\\d{8}T\\d{6}|;VALUE=DATE:\\d{8})");
            String summary = e.get("SUMMARY").get(0).substring("SUMMARY:".length());
            // 3.3.11: ; , \ escaped in TEXT
            assertThat(summary.replaceAll("\\\\[\\\\;,nN]", "")).doesNotContain(";").doesNotContain(",").doesNotContain("\\");
            assertThat(unescape(summary)).isEqualTo(FeedFixture.BODY);
            assertThat(e.get("URL").get(0)).startsWith("URL:http").contains(base + "/sammantraden/");
        }
        Map<String, List<String>> adjusted = events.stream()
                .filter(e -> e.get("URL").get(0).endsWith("/sammantraden/" + w.adjusted())).findFirst().orElseThrow();
        assertThat(adjusted.get("DTSTART").get(0)).isEqualTo("DTSTART;TZID=Europe/Stockholm:20250617T130000");
        assertThat(adjusted.get("DTEND").get(0)).isEqualTo("DTEND;TZID=Europe/Stockholm:20250617T151000");
        assertThat(unescape(adjusted.get("LOCATION").get(0).substring("LOCATION:".length()))).isEqualTo(FeedFixture.PLACE);
        Map<String, List<String>> noTimes = events.stream()
                .filter(e -> e.get("URL").get(0).endsWith("/sammantraden/" + w.noTimes())).findFirst().orElseThrow();
        assertThat(noTimes.get("DTSTART").get(0)).isEqualTo("DTSTART;VALUE=DATE:20260120");

        // UIDs are stable between two fetches
        String again = new String(fetch(base + "/sammantraden.ics", "text/calendar"), StandardCharsets.UTF_8);
        assertThat(uids(again)).isEqualTo(uids(unfolded));
    }

    private static List<String> uids(String ics) {
        return ics.replace("\r\n ", "").lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void unknownMunicipalityIsNotFound() throws Exception {
        mvc.perform(get("/kommun/0001/sammantraden.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/x/flode/anslag.atom")).andExpect(status().isNotFound());
    }
}
