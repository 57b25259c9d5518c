package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.tryggve.est.Draft;
import se.tryggve.est.EstPeriod;
import se.tryggve.est.EstPictures;
import se.tryggve.followup.FollowUps;
import se.tryggve.incidents.Incidents;
import se.tryggve.meetings.AttendanceChangeInput;
import se.tryggve.meetings.AttendanceChangeKind;
import se.tryggve.meetings.AttendanceInput;
import se.tryggve.meetings.AttendanceKind;
import se.tryggve.meetings.Meetings;
import se.tryggve.meetings.VoteInput;
import se.tryggve.open311.ApiKeyInput;
import se.tryggve.open311.ApiKeys;
import se.tryggve.organisation.BodySecretaries;
import se.tryggve.organisation.DepartmentInput;
import se.tryggve.organisation.Departments;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.WebLogin;

/**
 * Issue 8: who reaches what, over every route of the application. The routes come from the application's own
 * {@link RequestMappingHandlerMapping} (every controller, every method and pattern), the rules from
 * {@code src/test/resources/route-permissions.txt}; a route without a rule fails the test with its name, so a new
 * controller method cannot go unnoticed. Each route is then called as anonymous, as a reader and as a department
 * reporter (of the department whose follow-up part the paths name) and the answer is checked against the rule's access
 * level. Path variables name the municipality code or a REAL object of it: the test runs on the demo installation
 * (a context of its own), makes the few objects the demo lacks through their use cases, and fills each variable with
 * the first object of its kind ({@link #OBJECTS}, parents and children together in {@link #CHILDREN}); an id that
 * does not exist ({@link #MISSING_ID}) is left only for the routes of {@link #MISSING_ID_ROUTES}, each with its reason.
 * So a refusal is proven on an existing object, not hidden behind a 404 for a missing one. Changes are called with
 * an empty JSON body (API) and a version parameter, so that they get past the binding to the permission check; where
 * a role is allowed a change may really happen, which is why the context is not shared with other demo tests.
 * <ul>
 * <li>{@code public}: nobody is refused (KL 8 kap. 9 §, the portal, OParl, Open311 reads);</li>
 * <li>{@code apikey}: no login, the caller's api_key decides (Open311 POST) — no one is sent to the login;</li>
 * <li>{@code login}: anyone logged in (own account, logout), anonymous refused;</li>
 * <li>{@code read}: staff reading — reader and reporter reach it, anonymous is refused;</li>
 * <li>{@code overview}: municipality-wide pictures (lägesbild, EST) — the reader reaches them, a department reporter
 * and anonymous do not;</li>
 * <li>{@code change}: a change some staff roles may make — anonymous and the reader are refused (a reader changes
 * nothing), the reporter's answer depends on its department and is checked by the permission truth tables;</li>
 * <li>{@code manage}: administrator, coordinator or secretary only — anonymous, reader and reporter refused;</li>
 * <li>{@code partner}: a partner reporter's own pages — all three refused.</li>
 * </ul>
 * Refused means 401, 403, a redirect to the login page, or 400/415 when the request could not even be bound (a body
 * that fails its validation, a missing parameter), so no use case ran; a 404 counts as refused only for a path
 * holding the missing id, never where a real object was named. Allowed means none of 401, 403 and the login redirect.
 */
@IntegrationTest
@AutoConfigureMockMvc
// the demo installation supplies a real object for (nearly) every path variable; a context (and database) of its own,
// since the calls below may change the objects where a role is allowed to, which no other demo test should meet
@TestPropertySource(properties = {"tryggve.demo.enabled=true", "tryggve.test.context=route-permissions"})
@Import(TestData.class)
class RoutePermissionTests {

    enum Access { PUBLIC, APIKEY, LOGIN, READ, OVERVIEW, CHANGE, MANAGE, PARTNER }

    record Rule(String method, String pattern, Access access, int line) {
    }

    record Route(String method, String pattern, String handler) {
        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler + ")";
        }
    }

    static final AntPathMatcher PATTERNS = new AntPathMatcher();
    static final String MISSING_ID = "987654321";

    /**
     * The routes still called with {@link #MISSING_ID}, and why: no real object of their kind exists in the test
     * municipality. All are public, where nobody is refused, so the missing object hides no refusal. The test fails
     * when this list and the calls disagree, so a route that loses its real object is named.
     */
    static final Map<String, String> MISSING_ID_ROUTES = Map.of(
            // a token is handed out only for a request to a batch service, and the demo configures none
            "GET /open311/v2/tokens/{token}.{format:xml|json}", "no Open311 request of the demo was posted with a token");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    TestData data;
    @Autowired
    Municipalities municipalities;
    @Autowired
    Departments departments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Incidents incidents;
    @Autowired
    BodySecretaries secretaries;
    @Autowired
    EstPictures estPictures;
    @Autowired
    Meetings meetings;
    @Autowired
    FollowUps followUps;

    long municipality;
    String reader;
    String reporter;

    @BeforeEach
    void users() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        municipality = m;
        createMissingObjects(m);
        // the reporter belongs to the department of the follow-up part the paths name (CHILDREN "follow-ups/parts"):
        // a department reporter reads its own department's part (rule "read"), another department's is refused
        List<String> part = first(CHILDREN.get("follow-ups/parts").replace("follow_up_id, id", "department_id"));
        long department;
        if (part != null && part.get(0) != null) {
            department = Long.parseLong(part.get(0));
        } else {
            DepartmentInput in = new DepartmentInput();
            in.setName("Förvaltning " + System.nanoTime());
            department = departments.createDepartment(m, in).id();
        }
        reader = data.newUser(m, null, Role.READER);
        reporter = data.newUser(m, department, Role.DEPARTMENT_REPORTER);
    }

    /**
     * The objects the demo does not make, through their modules' use cases, once per context (both tests share it):
     * an Open311 API key, an incident photo, a body's secretary, a published follow-up report, a monthly EST summary,
     * and a vote and an attendance change in the demo's one open meeting (the board meeting that takes up the
     * proposal; its other meetings are adjusted, and adjusted minutes take neither).
     */
    void createMissingObjects(long m) {
        if (first(OBJECTS.get("keys")) == null) {
            apiKeys.createKey(m, new ApiKeyInput("Behörighetstest", null));
        }
        if (first(CHILDREN.get("incidents/photos")) == null) {
            long incident = Long.parseLong(first(OBJECTS.get("incidents")).get(0));
            byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
            incidents.addPhoto(m, incident, null, new Incidents.PhotoUpload("foto.webp", webp));
        }
        if (first(CHILDREN.get("bodies/secretaries")) == null) {
            secretaries.assignSecretary(m, Long.parseLong(first(OBJECTS.get("bodies")).get(0)),
                    Long.parseLong(first(OBJECTS.get("people")).get(0)));
        }
        if (first(OBJECTS.get("uppfoljningar")) == null) {
            // the demo approves its follow-ups but publishes no report on the portal
            List<String> approved = first("select id from follow_up where municipality_id = ? and status = 'APPROVED' order by id");
            if (approved != null) {
                followUps.publishReport(m, Long.parseLong(approved.get(0)), "behörighetstest");
            }
        }
        if (first(OBJECTS.get("situation-summaries")) == null) {
            estPictures.compilePicture(m, EstPeriod.month(2025, 10), new Draft("Lägesbild oktober", null, List.of(), List.of()));
        }
        List<String> open = first("select p.meeting_id, p.id from meeting_paragraph p join meeting mt on mt.id = p.meeting_id"
                + " where p.municipality_id = ? and mt.status = 'OPEN' order by p.id");
        if (open != null && first(CHILDREN.get("paragraphs/votes")) == null) {
            // nobody attends yet, so nobody votes: a vote without ballots is a whole one
            meetings.recordVote(m, Long.parseLong(open.get(1)), new VoteInput("Bifall mot avslag", "bifall", "avslag", List.of()));
        }
        if (open != null && first(CHILDREN.get("meetings/attendance-changes")) == null) {
            long meeting = Long.parseLong(open.get(0));
            long person = Long.parseLong(first(OBJECTS.get("people")).get(0));
            meetings.addAttendance(m, meeting, new AttendanceInput(AttendanceKind.OFFICIAL, person, null, "Tjänsteperson", null, false, null));
            meetings.addAttendanceChange(m, meeting, new AttendanceChangeInput(AttendanceChangeKind.LEAVES, person, null,
                    Long.parseLong(open.get(1))), "behörighetstest");
        }
    }

    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = RoutePermissionTests.class.getResourceAsStream("/route-permissions.txt")) {
            assertThat(in).as("src/test/resources/route-permissions.txt").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replaceAll("#.*", "").trim();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                assertThat(parts).as("line " + (i + 1) + ": method pattern access").hasSize(3);
                rules.add(new Rule(parts[0], parts[1], Access.valueOf(parts[2].toUpperCase()), i + 1));
            }
        }
        return rules;
    }

    List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            String handler = e.getValue().getBeanType().getSimpleName() + "." + e.getValue().getMethod().getName();
            for (String pattern : info.getPatternValues()) {
                for (String method : names) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method, pattern, handler));
                    }
                }
            }
        }
        routes.sort((a, b) -> (a.pattern + a.method).compareTo(b.pattern + b.method));
        return routes;
    }

    static Rule ruleFor(List<Rule> rules, Route route) {
        for (Rule r : rules) {
            if ((r.method.equals("*") || r.method.equals(route.method)) && PATTERNS.match(r.pattern, route.pattern)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void everyRouteHasARule() throws IOException {
        List<Rule> rules = rules();
        List<String> without = routes().stream().filter(r -> ruleFor(rules, r) == null).map(Route::toString).toList();
        assertThat(without).as("routes without a rule in src/test/resources/route-permissions.txt — add one for each")
                .isEmpty();
    }

    @Test
    void anonymousReaderAndReporterReachOnlyWhatTheyMay() throws Exception {
        List<Rule> rules = rules();
        MockHttpSession readerSession = WebLogin.as(mvc, reader);
        MockHttpSession reporterSession = WebLogin.as(mvc, reporter);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int real = 0;
        Set<String> missing = new TreeSet<>();
        for (Route route : routes()) {
            Rule rule = ruleFor(rules, route);
            if (rule == null) {
                continue; // everyRouteHasARule names it
            }
            String path = fill(route.pattern);
            // a 404 proves no refusal where the path names a real object: it counts only for the missing id
            boolean missingId = !path.equals(route.pattern) && path.contains(MISSING_ID);
            if (missingId) {
                missing.add(route.method + " " + route.pattern);
            } else if (!path.equals(route.pattern.replace("/**", "/x"))) {
                real++;
            }
            for (String who : List.of("anonymous", "reader", "reporter")) {
                Boolean expectAllowed = expected(rule.access, route.method, who);
                if (expectAllowed == null) {
                    continue;
                }
                MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(route.method), path).with(csrf());
                if (!route.method.equals("GET")) {
                    // the version many changes require (optimistic locking), so that they too get past the binding
                    call.param("version", "0");
                }
                if (path.startsWith("/api/")) {
                    if (Set.of("POST", "PUT", "PATCH").contains(route.method)) {
                        // an (empty) JSON object, so that a request body binds and the call reaches the permission
                        // check rather than stopping at a missing body (400/415, which proves no refusal)
                        call.contentType(MediaType.APPLICATION_JSON).content("{}");
                    }
                    if (!who.equals("anonymous")) {
                        call.with(httpBasic(who.equals("reader") ? reader : reporter, TestData.PASSWORD));
                    }
                } else if (!who.equals("anonymous")) {
                    call.session(who.equals("reader") ? readerSession : reporterSession);
                }
                MockHttpServletResponse r = mvc.perform(call).andReturn().getResponse();
                calls++;
                String location = r.getRedirectedUrl();
                // the entry point of the form login (not e.g. /login?oidcUnavailable, an answer of its own)
                boolean toLogin = r.getStatus() / 100 == 3 && location != null && location.matches("(?:https?://[^/]+)?/login");
                // a request whose input could not even be bound (an enum path variable, a missing parameter or body)
                // never reaches its use case: nothing is read or changed, though the answer is 400/415 rather than 403
                // — except a reader's change: refused by the filter chains before any binding (a reader changes
                // nothing but its own account), so there only 401/403 count
                boolean readerChange = who.equals("reader") && !route.method.equals("GET") && rule.access != Access.LOGIN
                        && rule.access != Access.PUBLIC && rule.access != Access.APIKEY;
                boolean notBound = (r.getStatus() == 400 || r.getStatus() == 415) && !readerChange;
                boolean refused = r.getStatus() == 401 || r.getStatus() == 403 || toLogin || (missingId && r.getStatus() == 404) || notBound;
                boolean deniedOutright = r.getStatus() == 401 || r.getStatus() == 403 || toLogin;
                if (expectAllowed && deniedOutright) {
                    wrong.add(who + " refused (" + r.getStatus() + ") but may: " + route + " [rule line " + rule.line + " " + rule.access + "]");
                } else if (!expectAllowed && !refused) {
                    wrong.add(who + " reached (" + r.getStatus() + ") but may not: " + route + " [rule line " + rule.line + " " + rule.access + "]");
                }
                // /error called directly renders "no error" as 500: it is the error page itself
                if (r.getStatus() >= 500 && !route.pattern.equals("/error")) {
                    wrong.add(who + " got " + r.getStatus() + ": " + route);
                }
            }
        }
        System.out.println("RoutePermissionTests: " + routes().size() + " routes, " + calls + " calls, " + real
                + " routes with real objects, " + missing.size() + " with a missing id: " + missing);
        assertThat(wrong).as("answers against route-permissions.txt").isEmpty();
        assertThat(missing).as("routes still called with a missing id (MISSING_ID_ROUTES, with the reason)")
                .containsExactlyInAnyOrderElementsOf(MISSING_ID_ROUTES.keySet());
    }

    /** true: must not be refused; false: must be refused; null: not checked here. */
    static Boolean expected(Access access, String method, String who) {
        boolean anonymous = who.equals("anonymous");
        return switch (access) {
            case PUBLIC -> Boolean.TRUE;
            case APIKEY -> null;
            case LOGIN, READ -> !anonymous;
            case OVERVIEW -> who.equals("reader");
            case CHANGE -> who.equals("reporter") ? null : Boolean.FALSE;
            case MANAGE, PARTNER -> Boolean.FALSE;
        };
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::(?:[^{}]|\\{[^}]*\\})*)?\\}");

    /**
     * The real object behind a path variable, by the literal segment just before it ({@code /meetings/{id}} is a
     * meeting, {@code /parts/{partId}} a follow-up part): a query for the first such object of the municipality
     * ({@code ?} its id). The demo data (tryggve.demo.enabled in this test's own context) supplies nearly all of them;
     * {@link #createMissingObjects} makes the few the demo has not.
     */
    static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("programmes", "select id from governing_document where municipality_id = ? order by id"),
            Map.entry("governing-documents", "select id from governing_document where municipality_id = ? order by id"),
            Map.entry("styrdokument", "select id from governing_document where municipality_id = ? and status = 'ADOPTED' order by id"),
            Map.entry("goals", "select id from governance_goal where municipality_id = ? order by id"),
            Map.entry("areas", "select id from governance_area where municipality_id = ? order by id"),
            Map.entry("indicators", "select id from governance_indicator where municipality_id = ? order by id"),
            Map.entry("activities", "select id from governance_activity where municipality_id = ? order by id"),
            Map.entry("action-plans", "select plan_id from action_plan where municipality_id = ? order by plan_id"),
            Map.entry("traceability", "select plan_id from action_plan where municipality_id = ? order by plan_id"),
            Map.entry("follow-ups", "select id from follow_up where municipality_id = ? order by id"),
            Map.entry("uppfoljningar", "select follow_up_id from report_publication where municipality_id = ? order by id"),
            Map.entry("assessments", "select id from assessment where municipality_id = ? order by id"),
            Map.entry("cases", "select id from case_file where municipality_id = ? order by id"),
            Map.entry("registries", "select id from case_registry where municipality_id = ? order by id"),
            Map.entry("meetings", "select id from meeting where municipality_id = ? order by id"),
            Map.entry("sammantraden", "select id from meeting where municipality_id = ? and status = 'ADJUSTED' order by id"),
            Map.entry("paragraphs", "select id from meeting_paragraph where municipality_id = ? order by id"),
            Map.entry("notices", "select id from meeting_notice where municipality_id = ? order by id"),
            Map.entry("anslagstavla", "select id from meeting_notice where municipality_id = ? order by id"),
            Map.entry("incidents", "select id from incident where municipality_id = ? order by id"),
            Map.entry("review", "select id from incident where municipality_id = ? order by id"),
            Map.entry("requests", "select id from incident where municipality_id = ? order by id"),
            Map.entry("reports", "select id from incident where municipality_id = ? and partner_organisation_id is not null order by id"),
            Map.entry("categories", "select id from incident_category where municipality_id = ? order by id"),
            Map.entry("incident-categories", "select id from incident_category where municipality_id = ? order by id"),
            Map.entry("import", "select id from incident_import_job where municipality_id = ? order by id"),
            Map.entry("districts", "select id from district where municipality_id = ? order by id"),
            Map.entry("context-events", "select id from context_event where municipality_id = ? order by id"),
            Map.entry("prevention", "select id from prevention_follow_up where municipality_id = ? order by id"),
            Map.entry("entries", "select id from prevention_follow_up where municipality_id = ? order by id"),
            Map.entry("bodies", "select id from body where municipality_id = ? order by id"),
            Map.entry("departments", "select id from department where municipality_id = ? order by id"),
            Map.entry("memberships", "select id from membership where municipality_id = ? order by id"),
            Map.entry("parties", "select id from party where municipality_id = ? order by id"),
            Map.entry("partners", "select id from partner_organisation where municipality_id = ? order by id"),
            Map.entry("partner-organisations", "select id from partner_organisation where municipality_id = ? order by id"),
            Map.entry("people", "select id from person where municipality_id = ? order by id"),
            Map.entry("users", "select id from app_user where municipality_id = ? order by id"),
            Map.entry("audit", "select id from audit_entry where municipality_id = ? order by id"),
            Map.entry("keys", "select id from open311_api_key where municipality_id = ? order by id"),
            // an Open311 service is an incident category's definition, named by the category's code
            Map.entry("services", "select code from incident_category where municipality_id = ? order by id"),
            Map.entry("tokens", "select token from open311_token where municipality_id = ? order by token"),
            Map.entry("est", "select period_key from est_picture where municipality_id = ? order by id"),
            Map.entry("est-sendings", "select period_key from est_picture where municipality_id = ? order by id"),
            Map.entry("weekly-pictures", "select period_key from est_picture where municipality_id = ? and period_kind = 'WEEK' order by id"),
            // OParl (public): an object of the register, by the path of its type (oparl.Urls)
            Map.entry("file", "select object_key from oparl_object where municipality_id = ? and object_type = 'File' order by object_key"),
            Map.entry("organization", "select object_key from oparl_object where municipality_id = ? and object_type = 'Organization'"
                    + " order by object_key"),
            Map.entry("situation-summaries", "select period_key from est_picture where municipality_id = ? and period_kind <> 'WEEK' order by id"));

    /**
     * A parent and a child of it, for patterns naming both ({@code /follow-ups/{id}/parts/{partId}}): two columns,
     * the parent's id and the child's, so that the child really belongs to the parent.
     */
    static final Map<String, String> CHILDREN = Map.ofEntries(
            Map.entry("follow-ups/parts", "select follow_up_id, id from follow_up_part where municipality_id = ? order by id"),
            Map.entry("action-plans/measures", "select a.document_id, a.id from governance_activity a join action_plan p"
                    + " on p.plan_id = a.document_id where a.municipality_id = ? order by a.id"),
            Map.entry("governing-documents/measures", "select a.document_id, a.id from governance_activity a join action_plan p"
                    + " on p.plan_id = a.document_id where a.municipality_id = ? order by a.id"),
            Map.entry("assessments/causes", "select p.assessment_id, c.id from assessment_cause c join assessment_problem p"
                    + " on p.id = c.problem_id where c.municipality_id = ? order by c.id"),
            Map.entry("assessments/problems", "select assessment_id, id from assessment_problem where municipality_id = ? order by id"),
            Map.entry("assessments/information", "select assessment_id, id from assessment_information where municipality_id = ? order by id"),
            Map.entry("assessments/reference-figures", "select assessment_id, id from assessment_reference_figure where municipality_id = ? order by id"),
            Map.entry("assessments/sources", "select assessment_id, id from assessment_source where municipality_id = ? order by id"),
            Map.entry("assessments/sections", "select assessment_id, kind from assessment_section where municipality_id = ? order by id"),
            Map.entry("cases/documents", "select case_id, id from case_document where municipality_id = ? order by id"),
            Map.entry("incidents/photos", "select incident_id, id from incident_photo where municipality_id = ? order by id"),
            Map.entry("meetings/attendance", "select meeting_id, id from meeting_attendance where municipality_id = ? order by id"),
            Map.entry("meetings/attendance-changes", "select meeting_id, id from meeting_attendance_change where municipality_id = ? order by id"),
            Map.entry("meetings/proposals", "select meeting_id, id from meeting_paragraph where municipality_id = ? order by id"),
            Map.entry("sammantraden/paragrafer", "select p.meeting_id, p.id from meeting_paragraph p join meeting m on m.id = p.meeting_id"
                    + " where p.municipality_id = ? and m.status = 'ADJUSTED' order by p.id"),
            Map.entry("paragraphs/items", "select paragraph_id, id from meeting_paragraph_item where municipality_id = ? order by id"),
            Map.entry("paragraphs/votes", "select paragraph_id, id from meeting_vote where municipality_id = ? order by id"),
            Map.entry("{code}/{path}", "select 'person', object_key from oparl_object where municipality_id = ?"
                    + " and object_type = 'Person' order by object_key"),
            Map.entry("bodies/secretaries", "select body_id, person_id from body_secretary where municipality_id = ? order by person_id"));

    /** The first row of a query over the test municipality, or null when it has no such object. */
    List<String> first(String sql) {
        List<List<String>> rows = jdbc.query(sql + " limit 1", (rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getString(i));
            }
            return row;
        }, municipality);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * A path for the pattern: the municipality code where one is asked for, otherwise the id of a real object of the
     * test municipality ({@link #OBJECTS}, {@link #CHILDREN}); {@link #MISSING_ID} only where no such object exists.
     */
    String fill(String pattern) {
        String path = pattern.replace("/**", "/x");
        Matcher m = VARIABLE.matcher(path);
        List<String> names = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            ends.add(m.end());
            names.add(m.group(1).toLowerCase());
            String before = path.substring(0, m.start());
            String[] parts = before.split("/");
            segments.add(parts.length == 0 ? "" : parts[parts.length - 1]);
        }
        String[] values = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (values[i] != null) {
                continue;
            }
            if (name.contains("kod") || name.contains("code") && !segments.get(i).equals("services") || name.equals("kommun")) {
                values[i] = "0126";
            } else if (name.equals("format") || name.equals("ext")) {
                values[i] = "json";
            } else if (name.equals("type") && segments.get(i).equals("links")) {
                values[i] = "problems"; // LinkType.PROBLEM's segment; the target is then a problem of the assessment
            } else if (name.equals("targetid")) {
                List<String> row = first("select id from assessment_problem where municipality_id = ? order by id");
                values[i] = row == null ? MISSING_ID : row.get(0);
            } else if (name.equals("path") && i + 1 == names.size()) {
                values[i] = "person"; // an OParl list (oparl.Urls), not an object
            } else if (name.equals("dataset")) {
                values[i] = "incidentstatistik"; // an open dataset (OpenData.INCIDENTS), not an object
            } else if (name.equals("year")) {
                values[i] = "2024"; // a year, not an object: the object of the path (if any) is the one before it
            } else if (i + 1 < names.size() && CHILDREN.containsKey(segments.get(i) + "/" + segments.get(i + 1))) {
                List<String> row = first(CHILDREN.get(segments.get(i) + "/" + segments.get(i + 1)));
                values[i] = row == null ? MISSING_ID : row.get(0);
                values[i + 1] = row == null ? MISSING_ID : row.get(1);
            } else if (segments.get(i).equals("governing-documents") && path.substring(ends.get(i)).startsWith("/action-plan")) {
                // a governing document's action plan: the document must be an action plan (ActionPlans.plan)
                List<String> row = first(OBJECTS.get("action-plans"));
                values[i] = row == null ? MISSING_ID : row.get(0);
            } else if (OBJECTS.containsKey(segments.get(i))) {
                List<String> row = first(OBJECTS.get(segments.get(i)));
                values[i] = row == null ? MISSING_ID : row.get(0);
            } else {
                values[i] = MISSING_ID;
            }
        }
        m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values[i++]));
        }
        m.appendTail(out);
        return out.toString();
    }
}
