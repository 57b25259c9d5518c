package se.tryggve.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoProgrammeTests {

    @Autowired
    GovernanceQueries queries;
    @Autowired
    Municipalities municipalities;

    @Test
    void demoProgrammeHasTheFiveAreasInOrderAndAreaOnesSubGoal() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        var documents = queries.listDocuments(m);
        assertThat(documents).extracting(GoverningDocument::title).contains(DemoProgramme.PROGRAMME_TITLE,
                "Riktlinje mot klotterrelaterad skadegörelse",
                "Riktlinje för att förebygga och förhindra våldsbejakande extremism");
        GoverningDocument programme = documents.stream().filter(d -> d.title().equals(DemoProgramme.PROGRAMME_TITLE))
                .findFirst().orElseThrow();
        assertThat(programme.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThat(programme.decision().caseNumber()).isEqualTo("KS-2016/1151.149");
        assertThat(programme.decision().paragraph()).isNull();
        ProgrammeOverview o = queries.overview(m, programme.id());
        assertThat(o.areas()).extracting(a -> a.area().title()).containsExactly(
                "Trygghetsskapande och brottsförebyggande arbete", "Skydd mot olyckor", "Krisberedskap", "Civilt försvar",
                "Internt skydds- och säkerhetsarbete");
        assertThat(o.areas().get(0).area().subGoal())
                .isEqualTo("att öka den upplevda tryggheten samt minska utsattheten för brott");
        assertThat(o.areas()).allSatisfy(a -> assertThat(a.goals()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(o.areas()).allSatisfy(a -> assertThat(a.goals()).allSatisfy(r -> assertThat(r.goal().example()).isTrue()));
        assertThat(o.indicators()).extracting(i -> i.indicator().koladaKpi()).contains("N07540");
    }
}
