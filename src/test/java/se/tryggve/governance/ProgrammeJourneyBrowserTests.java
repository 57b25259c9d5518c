package se.tryggve.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.Municipalities;
import se.tryggve.security.Role;
import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/**
 * The user journey in Chromium on the demo installation (Huddinge's programme for safety
 * and security 2018–2021, built by the demo runners through the use cases): a security coordinator
 * works through the programme, goals, activities, indicators and a copy into the next period;
 * every page passes axe. Screenshots land in target/screenshots/journey-*.png.
 */
@BrowserTest
@TestPropertySource(properties = "tryggve.demo.enabled=true")
@Import(TestData.class)
class ProgrammeJourneyBrowserTests {

    static final String PROGRAMME = "Program för trygghet och säkerhet 2018–2021";
    static final String SOF = "Socialförvaltningen";
    static final String KFF = "Kultur- och fritidsförvaltningen";

    @Autowired
    TestData testData;
    @Autowired
    Municipalities municipalities;
    @Autowired
    DepartmentDirectory departments;
    @Autowired
    Governance governance;
    @Autowired
    GovernanceQueries queries;
    @Value("${tryggve.setup.municipality-code}")
    String code;

    long municipality() {
        return municipalities.findByCode(code).orElseThrow().id();
    }

    long department(String name) {
        return departments.findDepartmentByName(municipality(), name).orElseThrow().id();
    }

    /** Opens the demo programme from the list of governing documents; returns its overview URL. */
    String openProgramme(Page page) {
        page.navigate("/programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROGRAMME).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/programmes/\\d+$"));
        return page.url();
    }

    static void checked(Page page, String screenshot) {
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        if (screenshot != null) {
            BrowserSupport.screenshot(page, screenshot);
        }
    }

    @Test
    void coordinatorWorksThroughTheProgrammeAndCopiesItIntoTheNextPeriod(Page page) {
        String coordinator = testData.newUser(municipality(), null, Role.SECURITY_COORDINATOR);
        BrowserSupport.login(page, coordinator);

        page.navigate("/programmes");
        checked(page, "journey-01-programmes");
        String overview = openProgramme(page);
        assertThat(page.locator("h1")).hasText(PROGRAMME);
        assertThat(page.locator(".tg-area h3")).hasText(new String[] {
                "1. Trygghetsskapande och brottsförebyggande arbete", "2. Skydd mot olyckor", "3. Krisberedskap",
                "4. Civilt försvar", "5. Internt skydds- och säkerhetsarbete" });
        assertThat(page.locator(".tg-area").first().locator(".tg-subgoal"))
                .hasText("att öka den upplevda tryggheten samt minska utsattheten för brott");
        checked(page, "journey-02-programme-overview");

        // a goal in area 1: first refused without a title, then saved
        page.locator(".tg-area").first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nytt mål")).click();
        assertThat(page.locator("h1")).hasText("Nytt mål");
        checked(page, "journey-03-goal-form");
        page.locator("#ownerDepartmentIds").selectOption(new SelectOption().setLabel(SOF));
        page.locator("form.tg-form button[type=submit]").click();
        assertThat(page.locator("#title")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#title-error")).hasText("Fältet måste fyllas i");
        assertThat(page.locator("#title")).hasAttribute("aria-describedby", "title-error");
        checked(page, "journey-04-goal-form-error");
        page.locator("#title").fill("Fler vuxna ute på kvällarna i centrum");
        page.locator("#ownerDepartmentIds").selectOption(new SelectOption().setLabel(SOF));
        page.locator("form.tg-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/programmes/\\d+(#goal-\\d+)?$"));
        assertThat(page.locator(".alert-success")).hasText("Ändringarna är sparade");
        Locator goal = page.locator(".tg-area").first().locator("li[id^=goal-]", new Locator.LocatorOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fler vuxna ute på kvällarna i centrum"))));
        assertThat(goal).containsText(SOF);

        // an activity for the goal, assigned to a department
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny aktivitet").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ny aktivitet");
        checked(page, "journey-05-activity-form");
        page.locator("#title").fill("Nattvandring med föreningar");
        page.locator("#goalIds").selectOption(new SelectOption().setLabel("Fler vuxna ute på kvällarna i centrum"));
        page.locator("#responsibleDepartmentId").selectOption(new SelectOption().setLabel(KFF));
        page.locator("#startYear").fill("2020");
        page.locator("#endYear").fill("2021");
        page.locator("#status").selectOption(new SelectOption().setLabel("Pågår"));
        page.locator("#costEstimate").fill("25000");
        page.locator("form.tg-form button[type=submit]").click();
        page.waitForURL(overview);
        goal = page.locator("li[id^=goal-]", new Page.LocatorOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fler vuxna ute på kvällarna i centrum"))));
        Locator activity = goal.locator("li", new Locator.LocatorOptions().setHasText("Nattvandring med föreningar"));
        assertThat(activity).containsText("Pågår");
        assertThat(activity).containsText(KFF);
        checked(page, "journey-06-programme-with-goal-and-activity");

        // the goal page: edit the goal
        goal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fler vuxna ute på kvällarna i centrum")).click();
        assertThat(page.locator("h1")).containsText("Fler vuxna ute på kvällarna i centrum");
        assertThat(page.locator("table")).containsText("Nattvandring med föreningar");
        checked(page, "journey-07-goal");
        page.locator("#title").fill("Fler trygga vuxna ute på kvällarna i centrum");
        page.locator("#ownerDepartmentIds").selectOption(new SelectOption[] {
                new SelectOption().setLabel(SOF), new SelectOption().setLabel(KFF) });
        page.locator("form.tg-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("Ändringarna är sparade");
        assertThat(page.locator("h1")).containsText("Fler trygga vuxna ute på kvällarna i centrum");
        checked(page, null);

        // an indicator with a target for the goal
        page.navigate(overview);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny indikator")).click();
        checked(page, "journey-08-indicator-form");
        page.locator("#name").fill("Andel som känner sig trygga ute på kvällen");
        page.locator("#unit").fill("%");
        page.locator("#goalId").selectOption(new SelectOption().setLabel("Fler trygga vuxna ute på kvällarna i centrum"));
        page.locator("#direction").selectOption("HIGHER_IS_BETTER");
        page.locator("#source").selectOption("OWN");
        page.locator("#baselineYear").fill("2017");
        page.locator("#baselineValue").fill("62");
        page.locator("#targets").fill("2021=70");
        page.locator("form.tg-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/programmes/\\d+(#indicators)?$"));
        Locator row = page.locator("#indicators ~ table tr", new Page.LocatorOptions()
                .setHasText("Andel som känner sig trygga ute på kvällen"));
        assertThat(row).containsText("2021: 70");
        assertThat(row).containsText("Fler trygga vuxna ute på kvällarna i centrum");
        checked(page, "journey-09-programme-with-indicator");

        // copy into 2022–2025
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kopiera till ny period").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Kopiera till ny period");
        checked(page, "journey-10-copy-form");
        page.locator("#title").fill("Program för trygghet och säkerhet 2022–2025");
        page.locator("#validFrom").fill("2022-01-01");
        page.locator("#validTo").fill("2025-12-31");
        page.locator("form.tg-form button[type=submit]").click();
        page.waitForURL(url -> !url.endsWith("/copy") && !url.equals(overview));
        assertThat(page.locator("h1")).hasText("Program för trygghet och säkerhet 2022–2025");
        assertThat(page.locator("dl")).containsText("Utkast");
        assertThat(page.locator("dl")).containsText("1 januari 2022 – 31 december 2025");
        assertThat(page.locator(".tg-area h3")).hasCount(5);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Fler trygga vuxna ute på kvällarna i centrum"))).isVisible();
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("Nattvandring med föreningar")).first())
                .isVisible();
        checked(page, "journey-11-copied-draft");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Det tidigare styrdokumentet")).click();
        page.waitForURL(overview);
        assertThat(page.locator("h1")).hasText(PROGRAMME);
    }

    @Test
    void coordinatorAddsAnActivityWithTheKeyboardAlone(Page page) {
        long m = municipality();
        String coordinator = testData.newUser(m, null, Role.SECURITY_COORDINATOR);
        BrowserSupport.login(page, coordinator);
        String overview = openProgramme(page);
        long documentId = Long.parseLong(overview.substring(overview.lastIndexOf('/') + 1));

        page.navigate("/activities/new?documentId=" + documentId);
        // from the top of the page: Tab until the title field has the focus
        tabTo(page, "#title");
        page.keyboard().type("Trygghetsvandring med tangentbordet");
        tabTo(page, "#goalIds");
        page.keyboard().press("Home"); // selects the first goal of the list box
        tabTo(page, "#responsibleDepartmentId");
        page.keyboard().type("Soc"); // type-ahead in the closed select
        tabTo(page, "#startYear");
        page.keyboard().press("Control+A");
        page.keyboard().type("2021");
        page.keyboard().press("Tab");
        assertFocusVisible(page, "#endYear");
        page.keyboard().press("Control+A");
        page.keyboard().type("2021");
        // one step back and forth again: Shift+Tab reaches the start year
        page.keyboard().press("Shift+Tab");
        assertFocusVisible(page, "#startYear");
        page.keyboard().press("Tab");
        tabTo(page, "input[name=example]");
        page.keyboard().press("Space");
        assertThat(page.locator("input[name=example]")).isChecked();
        page.keyboard().press("Space");
        assertThat(page.locator("input[name=example]")).not().isChecked();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.type")).isEqualTo("submit");
        assertOutlined(page);
        page.keyboard().press("Enter");

        page.waitForURL(overview);
        assertThat(page.locator("li:not([id])", new Page.LocatorOptions().setHasText("Trygghetsvandring med tangentbordet")))
                .containsText(SOF);
        List<Activity> saved = queries.activities(m, new GovernanceQueries.ActivityFilter(documentId, null, null, null))
                .stream().filter(a -> a.title().equals("Trygghetsvandring med tangentbordet")).toList();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.responsibleDepartmentId()).isEqualTo(department(SOF));
            assertThat(a.goalIds()).hasSize(1);
            assertThat(a.startYear()).isEqualTo(2021);
            assertThat(a.endYear()).isEqualTo(2021);
            assertThat(a.example()).isFalse();
        });
    }

    /** Presses Tab (at most 60 times) until the element matching the selector has the focus, then checks it shows. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (hasFocus(page, selector)) {
                assertOutlined(page);
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    static boolean hasFocus(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.activeElement != null && document.activeElement.matches(s)", selector);
    }

    static void assertFocusVisible(Page page, String selector) {
        assertThat(hasFocus(page, selector)).as("focus on " + selector).isTrue();
        assertOutlined(page);
    }

    /** The focused element draws an outline a sighted keyboard user can see (WCAG 2.4.7). */
    static void assertOutlined(Page page) {
        Object style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth; }");
        assertThat((String) style).doesNotStartWith("none").doesNotEndWith(" 0px");
    }

    @Test
    void reporterSeesTheActivitiesButCannotEditAnotherDepartmentsActivity(Page page) {
        long m = municipality();
        long sof = department(SOF);
        long kff = department(KFF);
        long documentId = queries.listDocuments(m).stream().filter(d -> d.title().equals(PROGRAMME)).findFirst()
                .orElseThrow().id();
        Activity other = governance.createActivity(m, new ActivityData(documentId, "Sommarlovsaktiviteter i Flemingsberg",
                null, Set.of(queries.goals(m, documentId).get(0).id()), kff, 2020, 2021, ActivityStatus.PLANNED, new BigDecimal("50000"), false, null));
        String reporter = testData.newUser(m, sof, Role.DEPARTMENT_REPORTER);
        BrowserSupport.login(page, reporter);

        page.navigate("/activities?documentId=" + documentId);
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Sommarlovsaktiviteter i Flemingsberg"));
        assertThat(row).containsText(KFF);
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ändra"))).hasCount(0);
        checked(page, "reporter-01-activities");

        var response = page.navigate("/activities/" + other.id() + "/edit");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText(Pattern.compile("behörighet", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("#title")).hasCount(0);
        checked(page, "reporter-02-forbidden");
    }
}
