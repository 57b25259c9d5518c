package se.tryggve.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/** Opening a follow-up with chosen reporting departments in Chromium, axe on every page. */
@BrowserTest
@Import({TestData.class, FollowUpFixture.class})
class FollowUpAssignmentBrowserTests {

    @Autowired
    FollowUpFixture fixture;
    @Autowired
    FollowUps followUps;

    static void checked(Page page, String screenshot) {
        assertThat(page.content()).doesNotContain("??");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, screenshot);
    }

    @Test
    void coordinatorChoosesReportingDepartments(Page page) {
        FollowUpFixture.World w = fixture.newWorld();
        BrowserSupport.login(page, w.coordinator);
        page.navigate("/follow-ups");
        page.locator("#assign-documentId").selectOption(new SelectOption().setLabel("Program för trygghet och säkerhet"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ange rapporterande förvaltningar")).click();
        page.waitForURL(Pattern.compile(".*/follow-ups/new\\?documentId=\\d+$"));
        checked(page, "followup-assign-01-form");

        page.locator("#year").fill("2021");
        page.locator("#deadline").fill("2022-02-01");
        page.locator("#goal-" + w.g1.id() + "-dep-" + w.depA).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna uppföljning")).click();
        assertThat(page.locator("#goalDepartments-error")).containsText("Tryggare centrum");
        checked(page, "followup-assign-02-refused");

        page.locator("#goal-" + w.g1.id() + "-dep-" + w.depB).check();
        page.locator("#activity-" + w.x.id()).selectOption(new SelectOption().setLabel("Kultur- och fritidsförvaltningen"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna uppföljning")).click();
        page.waitForURL(Pattern.compile(".*/follow-ups/\\d+$"));
        FollowUp f = followUps.listFollowUps(w.m).get(0);
        DepartmentPart b = followUps.parts(w.m, f.id()).stream().filter(p -> p.departmentId() == w.depB).findFirst().orElseThrow();
        assertThat(b.goals()).extracting(GoalReport::goalId).containsExactlyInAnyOrder(w.g1.id(), w.g2.id());
        assertThat(b.activities()).extracting(ActivityReport::activityId).containsExactlyInAnyOrder(w.x.id(), w.y.id());
        checked(page, "followup-assign-03-dashboard");
    }
}
