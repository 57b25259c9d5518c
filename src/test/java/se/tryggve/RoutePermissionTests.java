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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
 * reporter (path variables filled with the municipality code or an id that does not exist in it) and the answer is
 * checked against the rule's access level:
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
 * Refused means 401, 403, a redirect to the login page, 404 for a path holding an id (an id the caller may not
 * see answers as a missing one), or 400/415 when the request could not even be bound, so no use case ran. Allowed means none of 401, 403 and the login redirect.
 */
@IntegrationTest
@AutoConfigureMockMvc
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

    String reader;
    String reporter;

    @BeforeEach
    void users() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        DepartmentInput in = new DepartmentInput();
        in.setName("Förvaltning " + System.nanoTime());
        long department = departments.createDepartment(m, in).id();
        reader = data.newUser(m, null, Role.READER);
        reporter = data.newUser(m, department, Role.DEPARTMENT_REPORTER);
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
        for (Route route : routes()) {
            Rule rule = ruleFor(rules, route);
            if (rule == null) {
                continue; // everyRouteHasARule names it
            }
            String path = fill(route.pattern);
            boolean hasId = !path.equals(route.pattern) && path.contains(MISSING_ID);
            for (String who : List.of("anonymous", "reader", "reporter")) {
                Boolean expectAllowed = expected(rule.access, route.method, who);
                if (expectAllowed == null) {
                    continue;
                }
                MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(route.method), path).with(csrf());
                if (path.startsWith("/api/")) {
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
                boolean notBound = r.getStatus() == 400 || r.getStatus() == 415;
                boolean refused = r.getStatus() == 401 || r.getStatus() == 403 || toLogin || (hasId && r.getStatus() == 404) || notBound;
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
        System.out.println("RoutePermissionTests: " + routes().size() + " routes, " + calls + " calls");
        assertThat(wrong).as("answers against route-permissions.txt").isEmpty();
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

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^}]*)?\\}");

    /** A path for the pattern: the municipality code where one is asked for, otherwise an id that does not exist. */
    static String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern.replace("/**", "/x"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            String value = name.contains("kod") || name.contains("code") && !name.contains("service") || name.equals("kommun")
                    ? "0126" : name.equals("format") || name.equals("ext") ? "json" : MISSING_ID;
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
