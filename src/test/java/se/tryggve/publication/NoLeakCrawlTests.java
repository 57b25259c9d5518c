package se.tryggve.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUps;
import se.tryggve.governance.AdoptingDecision;
import se.tryggve.governance.Area;
import se.tryggve.governance.AreaData;
import se.tryggve.governance.DocumentData;
import se.tryggve.governance.DocumentKind;
import se.tryggve.governance.GoalData;
import se.tryggve.governance.Governance;
import se.tryggve.governance.GoverningDocument;
import se.tryggve.incidents.Channel;
import se.tryggve.incidents.Incidents;
import se.tryggve.incidents.NewIncident;
import se.tryggve.incidents.Position;
import se.tryggve.incidents.ReporterContact;
import se.tryggve.meetings.DecisionType;
import se.tryggve.meetings.ItemInput;
import se.tryggve.meetings.ItemKind;
import se.tryggve.meetings.MeetingInput;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.ParagraphInput;
import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.BodyInput;
import se.tryggve.organisation.BodyType;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.organisation.PartnerKind;
import se.tryggve.organisation.PartnerOrganisationInput;
import se.tryggve.organisation.PartnerOrganisations;
import se.tryggve.shared.PersonalIdentityNumbers;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Publication control: nothing internal is public by accident (issue 7; offentlighetsprincipen with OSL's
 * exceptions, GDPR art. 5(1)(c)). The demo installation plus a municipality of planted internal texts — each
 * entered through the owning module's own use case, the way a user would — is crawled anonymously, breadth first,
 * from the public entry points: every same-origin link of every HTML page, every URL in every JSON answer, Atom
 * feed and iCalendar file, and the text of every PDF. No answer may hold a planted text, an e-mail address (but for
 * the allowed functional mailboxes), a Swedish phone number or a personal identity number. Routes that do not
 * exist yet are followed when linked; a 404 or a redirect to the login is not a leak.
 */
@IntegrationTest
@AutoConfigureMockMvc
// a context (and database) of its own: the test plants internal texts, which no other demo test should meet
@TestPropertySource(properties = {"tryggve.demo.enabled=true", "tryggve.test.context=no-leak-crawl"})
@Import(TestData.class)
class NoLeakCrawlTests {

    /** A bound on the crawl, far above the demo's public pages, so that a link loop cannot run forever. */
    static final int MAX_FETCHES = 4000;

    /** The real title of the paragraph the demo marks confidential (OSL 18 kap. 13 §) in its adjusted minutes. */
    static final String DEMO_CONFIDENTIAL_TITLE = "Information om krisberedskap";

    /** Functional mailboxes that may be published (none in the demo). */
    static final Set<String> ALLOWED_MAILS = Set.of();

    static final Pattern MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * Swedish phone numbers as people write them: 08-123 45 67, 070-123 45 67, 0701234567, +46 70 123 45 67.
     * Only spaces and hyphens inside (a line break separates table cells, not digits of one number), 8–12 digits;
     * not the tail of an amount written the Swedish way with spaces between groups ("1 057 095 kr").
     */
    static final Pattern PHONE = Pattern.compile("(?<![\\w/.:,-]|\\d )(?:\\+46[ -]?|0)\\d{1,3}(?:[ -]?\\d){5,9}(?![\\w/:-])");
    static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    static final Pattern JSON_URL = Pattern.compile("\"((?:https?://localhost(?::\\d+)?)?/[^\"\\s]*)\"");
    static final Pattern TEXT_URL = Pattern.compile("(https?://localhost(?::\\d+)?/[^\"'<>\\s]*)");

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired Governance governance;
    @Autowired Departments departments;
    @Autowired Incidents incidents;
    @Autowired PartnerOrganisations partners;
    @Autowired Bodies bodies;
    @Autowired Meetings meetings;
    @Autowired FollowUps followUps;

    final List<String> internal = new ArrayList<>();
    Municipality planted;

    @BeforeEach
    void plantInternalTexts() {
        planted = testData.newMunicipality("Läckby kommun");
        long m = planted.id();
        DepartmentInput dep = new DepartmentInput();
        dep.setName("Läckby förvaltning");
        dep.setActive(true);
        long department = departments.createDepartment(m, dep).id();

        // an adopted programme is public; a draft is the administration's working paper
        GoverningDocument adopted = governance.createDocument(m, new DocumentData(DocumentKind.PROGRAMME, "Läckbys trygghetsprogram",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), "En trygg kommun", Set.of(), null));
        Area area = governance.addArea(m, adopted.id(), new AreaData("Trygga miljöer", null, null));
        governance.addGoal(m, adopted.id(), new GoalData(area.id(), null, "Mindre klotter", null, Set.of(department), false, null));
        governance.adoptDocument(m, adopted.id(), new AdoptingDecision("Kommunfullmäktige", LocalDate.of(2023, 12, 11), "§ 9", null));
        governance.createDocument(m, new DocumentData(DocumentKind.GUIDELINE, secret("UTKASTTITEL riktlinje"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), secret("UTKASTMÅL övergripande"), Set.of(), null));

        // an unpublished follow-up's summary
        FollowUp f = followUps.openFollowUp(m, adopted.id(), 2024, LocalDate.of(2025, 2, 1), secret("ÅRSNOTERING intern"));
        followUps.writeSummary(m, f.id(), f.version(), secret("OPUBLICERAD sammanfattning av uppföljningen"), null, null);

        // a meeting whose minutes are not adjusted: its decision texts are not public yet (KL 8 kap. 12 §)
        BodyInput body = new BodyInput();
        body.setName("Läckby kommunstyrelse");
        body.setType(BodyType.BOARD);
        body.setActive(true);
        long bodyId = bodies.createBody(m, body).id();
        long meetingId = meetings.createMeeting(m, new MeetingInput(bodyId, LocalDate.of(2026, 11, 30), "09:00", "12:00",
                "Läckby stadshus", null, null, null, null, null)).id();
        long paragraphId = meetings.createParagraph(m, meetingId, new ParagraphInput("Ärende om parkbelysning", null,
                DecisionType.DECISION, null, secret("FÖRSLAGSTEXT ojusterad"), null, secret("SAMMANFATTNING ojusterad"),
                null, null, null, null)).id();
        meetings.addItem(m, paragraphId, new ItemInput(ItemKind.POINT, null, null, secret("BESLUTSTEXT ojusterad att bifalla"), null));
        // a confidential paragraph: its real title is never public, only the masked title and the ground (OSL)
        long confidential = meetings.createParagraph(m, meetingId, new ParagraphInput(secret("HEMLIG RUBRIK om skyddsobjekt"), null,
                DecisionType.DECISION, null, null, null, null, null, null, null, null)).id();
        meetings.markConfidentiality(m, confidential, true, "18 kap. 8 § offentlighets- och sekretesslagen (2009:400)");
        // the demo's confidential paragraph sits in adjusted minutes that are posted on the notice board
        internal.add(DEMO_CONFIDENTIAL_TITLE);

        // Open311: everything the reporter gave about themselves stays internal (GeoReport v2 shows no contact)
        incidents.reportIncident(m, new NewIncident("graffiti", Channel.OPEN311, Instant.parse("2025-06-01T10:00:00Z"),
                new Position(59.2366, 17.9816), "Parkvägen 3", "Klotter på elskåpet", null, null,
                new ReporterContact(secret("anmalare.lackby@example.org"), secret("Hildegun"), secret("Zetterqvist"),
                        secret("070-555 12 34"), secret("device-LACKBY-77"), secret("account-LACKBY-88")), "crawl-test", null));

        // a partner report's free text is read by the EST group only
        PartnerOrganisationInput partner = new PartnerOrganisationInput();
        partner.setName("Läckby bostäder");
        partner.setKind(PartnerKind.HOUSING_COMPANY);
        long partnerId = partners.createPartnerOrganisation(m, partner).id();
        incidents.reportPartnerIncident(m, partnerId, new Incidents.PartnerReport("graffiti", Instant.parse("2025-06-02T20:00:00Z"),
                new Position(59.2366, 17.9816), "Gårdsvägen 1", secret("PARTNERFRITEXT om trapphuset"), false, null));
    }

    private String secret(String text) {
        internal.add(text);
        return text;
    }

    @Test
    void noPublicAnswerHoldsAnythingInternal() throws Exception {
        List<String> start = new ArrayList<>(List.of("/kommun", "/kommun/0126", "/kommun/" + planted.code(), "/anslagstavla",
                "/anslagstavla?kommun=" + planted.code(), "/lagesbild?kommun=0126", "/lagesbild?kommun=" + planted.code(),
                "/tillganglighet", "/oparl/v1.1", "/open311/v2/requests.json", "/open311/v2/services.json",
                "/open311/v2/requests.json?jurisdiction_id=0126", "/open311/v2/requests.json?jurisdiction_id=" + planted.code(),
                "/open311/v2/services.json?jurisdiction_id=" + planted.code(), "/open311/v2/requests.xml?jurisdiction_id=" + planted.code()));
        Map<String, Integer> seen = new LinkedHashMap<>();
        Set<String> queued = new LinkedHashSet<>(start);
        Deque<String> queue = new ArrayDeque<>(start);
        List<String> findings = new ArrayList<>();
        int ok = 0;
        while (!queue.isEmpty()) {
            assertThat(seen.size()).as("crawl bound").isLessThan(MAX_FETCHES);
            String path = queue.poll();
            MockHttpServletResponse r = mvc.perform(get(URI.create("http://localhost" + path))).andReturn().getResponse();
            seen.put(path, r.getStatus());
            assertThat(r.getStatus()).as("GET " + path).isLessThan(500);
            if (r.getStatus() != 200) {
                continue;
            }
            ok++;
            String type = r.getContentType() == null ? "" : r.getContentType().toLowerCase();
            byte[] body = r.getContentAsByteArray();
            String text;
            List<String> links = new ArrayList<>();
            if (type.contains("pdf")) {
                try (PDDocument doc = Loader.loadPDF(body)) {
                    text = new PDFTextStripper().getText(doc);
                }
            } else {
                text = new String(body, StandardCharsets.UTF_8);
                if (type.contains("html")) {
                    Matcher mm = HREF.matcher(text);
                    while (mm.find()) {
                        links.add(mm.group(1).replace("&amp;", "&"));
                    }
                    text = visibleText(text);
                } else if (type.contains("json")) {
                    Matcher mm = JSON_URL.matcher(text.replace("\\/", "/"));
                    while (mm.find()) {
                        links.add(mm.group(1));
                    }
                } else {
                    Matcher mm = HREF.matcher(text);
                    while (mm.find()) {
                        links.add(mm.group(1).replace("&amp;", "&"));
                    }
                    // iCalendar folds long lines (RFC 5545 3.1): unfold before looking for URLs
                    Matcher tm = TEXT_URL.matcher(text.replace("\r\n ", "").replace("\n ", ""));
                    while (tm.find()) {
                        links.add(tm.group(1));
                    }
                }
            }
            findings.addAll(leaks(path, text));
            for (String link : links) {
                String next = sameOrigin(path, link);
                if (next != null && queued.add(next)) {
                    queue.add(next);
                }
            }
        }
        System.out.printf("NoLeakCrawl: %d URLs fetched, %d answered 200%n", seen.size(), ok);
        seen.forEach((u, st) -> System.out.println("NoLeakCrawl " + st + " " + u));
        assertThat(seen).as("the portal was reached").containsEntry("/kommun/" + planted.code(), 200);
        assertThat(ok).as("pages crawled").isGreaterThan(10);
        assertThat(findings).as("internal data on public answers").isEmpty();
    }

    @Test
    void theDetectorFindsWhatItLooksForAndNotDatesOrCaseNumbers() {
        assertThat(leaks("/x", "Ring 070-123 45 67, 08-123 45 67 eller +46 70 123 45 67")).hasSize(3);
        assertThat(leaks("/x", "Skriv till a.b@example.org")).hasSize(1);
        assertThat(leaks("/x", "Personnummer 19121212-1212")).hasSize(1);
        assertThat(leaks("/x", "UTKASTTITEL   riktlinje")).hasSize(1);
        assertThat(leaks("/x", "Sammanträdet 2026-12-02 kl. 09.00, KS 2024/0012, kommun 0126, § 12, 1 234 567 kr, 2021 1 057 095 1 245 222 ja")).isEmpty();
    }

    /** What a public answer must not hold. */
    List<String> leaks(String path, String text) {
        List<String> found = new ArrayList<>();
        String flat = text.replaceAll("[ \\t\\u00a0]+", " ");
        for (String s : internal) {
            if (flat.contains(s)) {
                found.add(path + ": internal text \"" + s + "\"");
            }
        }
        Matcher mail = MAIL.matcher(text);
        while (mail.find()) {
            if (!ALLOWED_MAILS.contains(mail.group().toLowerCase())) {
                found.add(path + ": e-mail address " + mail.group());
            }
        }
        Matcher phone = PHONE.matcher(flat);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.length() >= 8 && digits.length() <= 12) {
                found.add(path + ": phone number " + phone.group() + " in \""
                        + flat.substring(Math.max(0, phone.start() - 40), Math.min(flat.length(), phone.end() + 40)).replaceAll("\\s+", " ") + "\"");
            }
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            found.add(path + ": personal identity number");
        }
        return found;
    }

    /** The text a reader sees: tags and scripts removed, entities of the basic kind resolved. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }

    /** The path and query of a same-origin link, or null for another origin, a fragment, mailto: or a static asset. */
    static String sameOrigin(String from, String link) {
        if (link.isBlank() || link.startsWith("#") || link.startsWith("mailto:") || link.startsWith("tel:")
                || link.startsWith("javascript:") || link.startsWith("data:")) {
            return null;
        }
        URI u;
        try {
            URI base = URI.create("http://localhost" + from);
            // a query-only reference keeps the path (RFC 3986 5.2.2); java.net.URI follows RFC 2396 and drops the last segment
            u = link.startsWith("?") ? URI.create("http://localhost" + base.getRawPath() + link.trim()) : base.resolve(link.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null || !u.getHost().equals("localhost") || u.getRawPath() == null) {
            return null;
        }
        String p = u.getRawPath();
        if (p.startsWith("/webjars/") || p.startsWith("/css/") || p.startsWith("/js/") || p.startsWith("/favicon")
                || p.equals("/logout")) {
            return null;
        }
        return p + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
