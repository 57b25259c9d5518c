package se.tryggve.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.followup.FollowUp;
import se.tryggve.followup.FollowUpReport;
import se.tryggve.followup.FollowUpReports;
import se.tryggve.followup.FollowUps;
import se.tryggve.followup.GuidelineSection;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.BadApiInput;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.VeraPdf;

/** The demo's 2021 follow-up report has the extremism section, with small counts suppressed, and stays PDF/A + PDF/UA. */
@IntegrationTest(properties = "tryggve.demo.enabled=true")
@AutoConfigureMockMvc
class ExtremismSectionTests {

    static final String TITLE = "Uppföljning av riktlinjen mot våldsbejakande extremism";

    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpReports reports;
    @Autowired
    Municipalities municipalities;
    @Autowired
    PreventionFollowUps prevention;
    @Autowired
    MockMvc mvc;

    long m() {
        return municipalities.findByCode("0126").orElseThrow().id();
    }

    FollowUp followUp(int year) {
        return followUps.listFollowUps(m()).stream().filter(x -> x.year() == year).findFirst().orElseThrow();
    }

    GuidelineSection section(FollowUpReport r) {
        return r.guidelineSections().stream().filter(s -> s.title().equals(TITLE)).findFirst().orElseThrow();
    }

    @Test
    void theDemo2021ReportComparesThreeYearsAndSuppressesTheCountOfThree() {
        // the real count is 3 …
        assertThat(prevention.listEntries(m(), 2021, null)).extracting(PreventionEntry::concernsHandled)
                .contains(DemoPrevention.CONCERNS_2021);
        GuidelineSection s = section(reports.assemble(m(), followUp(2021).id()));
        GuidelineSection.Table table = s.blocks().stream().filter(GuidelineSection.Table.class::isInstance)
                .map(GuidelineSection.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.headings()).containsExactly("Uppgift", "2019", "2020", "2021");
        List<String> concerns = table.rows().stream().filter(row -> row.get(0).equals("Hanterade orosärenden")).findFirst().orElseThrow();
        // … and the report says "färre än 5", never 3
        assertThat(concerns).containsExactly("Hanterade orosärenden", "7", "6", "färre än 5");
        // the 2021 total adds the social services' figures to the whole municipality's
        assertThat(table.rows().get(0)).containsExactly("Utbildningar", "6", "5", "9");
        assertThat(s.blocks()).filteredOn(GuidelineSection.Text.class::isInstance)
                .extracting(b -> ((GuidelineSection.Text) b).text())
                .anySatisfy(t -> assertThat(t).startsWith("(Exempeltext) Utbildningarna kunde åter"))
                .anySatisfy(t -> assertThat(t).startsWith("Socialförvaltningen: (Exempeltext)"))
                .anySatisfy(t -> assertThat(t).contains("färre än 5"));
    }

    @Test
    void theEarlierReportsShowOnlyTheirOwnAndEarlierYears() {
        GuidelineSection s2019 = section(reports.assemble(m(), followUp(2019).id()));
        GuidelineSection.Table table = (GuidelineSection.Table) s2019.blocks().stream()
                .filter(GuidelineSection.Table.class::isInstance).findFirst().orElseThrow();
        assertThat(table.headings()).containsExactly("Uppgift", "2019");
    }

    @Test
    void theReportPdfHasTheSectionAndStaysPdfA2uAndPdfUa1() throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/follow-ups/{id}/report.pdf", followUp(2021).id())
                        .with(httpBasic(BadApiInput.ADMIN, BadApiInput.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        VeraPdf.assertPdfA2uAndPdfUa1(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLE).contains("Hanterade orosärenden").contains("färre än 5")
                    .contains("(Exempeltext) Utbildningarna kunde åter hållas på plats");
        }
    }
}
