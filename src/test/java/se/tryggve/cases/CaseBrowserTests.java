package se.tryggve.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.tryggve.testing.Accessibility;
import se.tryggve.testing.BrowserSupport;
import se.tryggve.testing.BrowserTest;
import se.tryggve.testing.TestData;

/** The case list, the registration form, the case page with a document: axe passes on each. Screenshots: target/screenshots/cases-*.png. */
@BrowserTest
@Import({TestData.class, CasesFixture.class, se.tryggve.followup.ApprovedFollowUps.class})
class CaseBrowserTests {

    @Autowired
    CasesFixture fixture;
    @Autowired
    se.tryggve.followup.ApprovedFollowUps approvedFollowUps;
    @Autowired
    Registries registries;
    @Autowired
    Cases cases;

    @Test
    void theSecretaryRegistersACaseAndAddsTheOfficialReport(Page page) {
        var w = fixture.world();
        BrowserSupport.login(page, w.secretary());
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasText("Ärenden");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-01-empty-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera ärende")).click();
        page.getByLabel("År").fill("2022");
        page.getByLabel("Löpnummer").fill("177");
        page.getByLabel("Rubrik").fill("Uppföljning av trygghetsprogram 2018–2021");
        page.getByLabel("Handläggare").fill("Catarina Klockerud");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ärende")).click();
        assertThat(page.locator(".invalid-feedback")).containsText("klassificeringen");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-02-form-error");
        page.getByLabel("Klassificering").fill("173");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ärende")).click();
        assertThat(page.locator("h1")).containsText("KS-2022/177.173");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till handling")).click();
        page.getByLabel("Titel").fill("Tjänsteutlåtande");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Förvaltningen föreslår att beredningen godkänner uppföljningen.");
        page.getByLabel("Fil (PDF").setInputFiles(new FilePayload("utlatande.pdf", "application/pdf",
                "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
        Accessibility.assertNoViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("table").first()).containsText("utlatande.pdf");
        assertThat(page.locator("table").last()).containsText("Handling tillagd");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-03-case");

        page.navigate("/cases");
        assertThat(page.locator("table")).containsText("KS-2022/177.173");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-04-list");
    }

    @Test
    void theFormsAndTheFollowUpCaseAreAccessible(Page page) {
        var a = approvedFollowUps.newApproved();
        Registry ks = registries.createRegistry(a.municipalityId(), new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}.{class}"));
        String secretary = fixture.data.newUser(a.municipalityId(), null, se.tryggve.security.Role.SECRETARY);
        BrowserSupport.login(page, secretary);
        for (String url : new String[] {"/cases/registries", "/cases/registries/new", "/cases/registries/" + ks.id() + "/edit"}) {
            page.navigate(url);
            Accessibility.assertNoViolations(page);
        }
        page.navigate("/cases/registries/new");
        page.getByLabel("Kod").fill("SLK");
        page.getByLabel("Namn").fill("Samhällsskydd");
        page.getByLabel("Format för diarienummer").fill("SLK-{year}-{month}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#numberFormat-error")).containsText("{month}");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-05-registry-format-error");

        page.navigate("/cases/from-follow-up");
        page.getByLabel("Program för trygghet och säkerhet 2021").check();
        page.getByLabel("Klassificering").fill("173");
        page.getByLabel("Datum").fill("2022-02-01");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-06-from-follow-up");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa ärende")).click();
        assertThat(page.locator("h1")).containsText("Uppföljning av Program för trygghet och säkerhet 2021");
        assertThat(page.locator("table").first()).containsText("Bilaga 1");
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-07-follow-up-case");
        String caseUrl = page.url();
        page.navigate(caseUrl + "/edit");
        Accessibility.assertNoViolations(page);
        page.navigate(caseUrl + "/documents/new");
        Accessibility.assertNoViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        Accessibility.assertNoViolations(page);
        BrowserSupport.screenshot(page, "cases-08-document-errors");
    }
}
