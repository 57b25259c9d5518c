package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.publicdata.ReferenceFigures;
import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * The Kolada key figures imported under public data become the lägesbild's reference figures on request:
 * the period's years and two before, copied once (a second request adds nothing), with the country as the
 * comparison; only into a draft, only by the coordinator.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AssessmentKoladaFiguresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentKoladaFigures koladaFigures;
    @Autowired
    ReferenceFigures referenceFigures;

    private static String kolada(String code) {
        StringBuilder b = new StringBuilder("{\"count\": 7, \"values\": [");
        int[] years = {2019, 2021, 2022, 2023, 2024, 2025};
        double[] values = {1200.5, 1100.0, 1043.5, 987.2, 950.0, 901.1};
        for (int i = 0; i < years.length; i++) {
            b.append("{\"kpi\": \"N07403\", \"municipality\": \"").append(code).append("\", \"period\": ").append(years[i])
                    .append(", \"values\": [{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": ").append(values[i]).append("}]},");
        }
        b.append("{\"kpi\": \"N07403\", \"municipality\": \"0000\", \"period\": 2024, \"values\": [{\"gender\": \"T\", \"count\": 1,")
                .append(" \"status\": \"\", \"value\": 1120.0}]}]}");
        return b.toString();
    }

    @Test
    void theImportedKeyFiguresOfThePeriodAreCopiedOnce() throws Exception {
        var mu = data.newMunicipality("Koladaby");
        long m = mu.id();
        referenceFigures.importKoladaFigures(m, kolada(mu.code()), "Anmälda brott om skadegörelse, antal/100 000 inv");
        var header = new AssessmentInputs.Header();
        header.setTitle("Lägesbild 2024–2025");
        header.setPeriodFrom(LocalDate.of(2024, 1, 1));
        header.setPeriodTo(LocalDate.of(2025, 12, 31));
        long id = assessments.createAssessment(m, header).id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        String reader = data.newUser(m, null, Role.READER);

        mvc.perform(post("/api/v1/assessments/" + id + "/reference-figures/kolada").with(httpBasic(reader, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        // 2022–2025: the period's years and two before; 2019 and 2021 are left out
        mvc.perform(post("/api/v1/assessments/" + id + "/reference-figures/kolada").with(httpBasic(coordinator, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(4));
        var figures = assessments.details(m, id).referenceFigures();
        assertThat(figures).extracting(AssessmentDetails.ReferenceFigure::year).containsExactlyInAnyOrder(2022, 2023, 2024, 2025);
        var y2024 = figures.stream().filter(f -> f.year() == 2024).findFirst().orElseThrow();
        assertThat(y2024.kpiId()).isEqualTo("N07403");
        assertThat(y2024.name()).isEqualTo("Anmälda brott om skadegörelse, antal/100 000 inv");
        assertThat(y2024.valueMunicipality()).isEqualByComparingTo(new BigDecimal("950.0"));
        assertThat(y2024.valueComparison()).isEqualByComparingTo(new BigDecimal("1120.0"));
        assertThat(y2024.comparisonLabel()).isEqualTo("riket");
        // again: nothing new
        assertThat(koladaFigures.copyKoladaFigures(m, id)).isZero();
        assertThat(assessments.details(m, id).referenceFigures()).hasSize(4);
        // another municipality's lägesbild is not found
        long other = data.newMunicipality("Annanby").id();
        assertThatThrownBy(() -> koladaFigures.copyKoladaFigures(other, id)).isInstanceOf(se.tryggve.shared.NotFoundException.class);
    }
}
