package se.tryggve.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tryggve.incidents.Districts;
import se.tryggve.incidents.IncidentPatterns;
import se.tryggve.incidents.IncidentPatterns.Count;
import se.tryggve.incidents.IncidentPatterns.Patterns;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;

/** The generated mapping against counts worked out by hand, and the lägesbild PDF/A with its charts and map. */
@IntegrationTest
@Import(TestData.class)
class AssessmentMappingTests {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String DISTRICT = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "flb", "name": "Flemingsberg"},
             "geometry": {"type": "Polygon", "coordinates": [[[17.93, 59.195], [17.97, 59.195], [17.97, 59.245], [17.93, 59.245], [17.93, 59.195]]]}}]}""";

    @Autowired IncidentPatterns patterns;
    @Autowired Assessments assessments;
    @Autowired AssessmentDocument document;
    @Autowired Districts districts;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;

    /** Six incidents in 2024–2025 plus three that must not count (before, after, a duplicate); times in Stockholm. */
    long seed() {
        long m = data.newMunicipality("Mönsterby").id();
        districts.importDistricts(m, Districts.DISTRICT, DISTRICT);
        long district = districts.districts(m).get(0).id();
        incident(m, "graffiti", LocalDateTime.of(2024, 1, 15, 8, 30), "REPORTED", district);          // Monday, 06–12
        incident(m, "graffiti", LocalDateTime.of(2024, 7, 6, 22, 15), "REMOVED", district);           // Saturday, 18–24, summer time
        incident(m, "graffiti", LocalDateTime.of(2024, 7, 6, 23, 30), "REMOVED", null);               // Saturday, 18–24
        incident(m, "graffiti", LocalDateTime.of(2025, 1, 1, 0, 30), "REPORTED", district);           // Wednesday, 00–06; 2024 in UTC
        incident(m, "graffiti", LocalDateTime.of(2025, 12, 31, 23, 59), "CLOSED", district);          // Wednesday, last minute
        incident(m, "vandalism", LocalDateTime.of(2025, 3, 14, 13, 0), "REPORTED", district);         // Friday, 12–18
        incident(m, "graffiti", LocalDateTime.of(2026, 1, 1, 0, 10), "REPORTED", district);           // after the period
        incident(m, "graffiti", LocalDateTime.of(2023, 12, 31, 23, 50), "REPORTED", district);        // before the period
        incident(m, "graffiti", LocalDateTime.of(2024, 5, 5, 12, 0), "DUPLICATE", district);          // a duplicate is not counted
        return m;
    }

    private void incident(long m, String category, LocalDateTime local, String status, Long district) {
        OffsetDateTime at = local.atZone(STOCKHOLM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("""
                insert into incident (municipality_id, category_id, status, channel, reported_at, received_at, latitude, longitude,
                       district_id, updated_at)
                values (:m, (select id from incident_category where municipality_id = :m and code = :c), :s, 'STAFF', :at, :at,
                        59.22, 17.95, :d, :at)""")
                .param("m", m).param("c", category).param("s", status).param("at", at).param("d", district).update();
    }

    private static Map<String, Long> counts(List<Count> list) {
        return list.stream().collect(Collectors.toMap(Count::key, Count::count));
    }

    @Test
    void countsByTypePlaceAndTimeMatchTheHandComputedFigures() {
        long m = seed();
        Patterns p = patterns.patterns(m, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(p.total()).isEqualTo(6);
        assertThat(counts(p.byCategory())).isEqualTo(Map.of("graffiti", 5L, "vandalism", 1L));
        assertThat(p.byCategory().get(0).key()).isEqualTo("graffiti");
        assertThat(p.byDistrict()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Flemingsberg");
            assertThat(c.count()).isEqualTo(5);
        });
        assertThat(p.withoutDistrict()).isEqualTo(1);
        assertThat(p.byWeekday()).extracting(Count::count).containsExactly(1L, 0L, 2L, 0L, 1L, 2L, 0L);
        assertThat(p.byTimeBand()).extracting(Count::count).containsExactly(1L, 1L, 1L, 3L);
        assertThat(p.byMonth()).extracting(Count::count).containsExactly(2L, 0L, 1L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 1L);
        assertThat(p.byQuarter()).extracting(Count::count).containsExactly(3L, 0L, 2L, 1L);
        assertThat(p.byHour().get(22).count()).isEqualTo(1);
        assertThat(p.byHour().get(23).count()).isEqualTo(2);
        assertThat(counts(p.byYear())).isEqualTo(Map.of("2024", 3L, "2025", 3L));
        assertThat(p.byYearQuarter()).extracting(Count::key).containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
                "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(p.byYearQuarter()).extracting(Count::count).containsExactly(1L, 0L, 2L, 0L, 2L, 0L, 0L, 1L);
        assertThat(p.cells()).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(6));
        assertThat(p.districts()).singleElement().satisfies(d -> {
            // SWEREF 99 TM metres, not degrees
            assertThat(d.rings().get(0).get(0)[0]).isBetween(600_000.0, 700_000.0);
            assertThat(d.rings().get(0).get(0)[1]).isBetween(6_500_000.0, 6_600_000.0);
        });

        // one year only: the year boundary in Stockholm time decides
        Patterns only2025 = patterns.patterns(m, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(only2025.total()).isEqualTo(3);
        assertThat(patterns.patterns(data.newMunicipality("Tomby").id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).total())
                .isZero();
    }

    @Test
    void theLagesbildPdfIsPdfA2uAndPdfUa1WithChartsMapAndSwedishDates() throws Exception {
        long m = seed();
        AssessmentInputs.Header h = new AssessmentInputs.Header();
        h.setTitle("Lägesbild 2024–2025");
        h.setPeriodFrom(LocalDate.of(2024, 1, 1));
        h.setPeriodTo(LocalDate.of(2025, 12, 31));
        long id = assessments.createAssessment(m, h).id();
        assessments.updateSection(m, id, SectionKind.MAPPING, null, "Klotter dominerar och ökar på sommaren.");
        AssessmentInputs.Problem p = new AssessmentInputs.Problem();
        p.setTitle("Klotter vid stationen");
        p.setPlace("Flemingsbergs station");
        long problem = assessments.addProblem(m, id, null, p).id();
        for (CausePerspective v : CausePerspective.values()) {
            AssessmentInputs.Cause c = new AssessmentInputs.Cause();
            c.setPerspective(v);
            c.setText("Orsak sedd från " + v);
            assessments.addCause(m, id, problem, null, c);
        }
        AssessmentInputs.Source s = new AssessmentInputs.Source();
        s.setKind(SourceKind.REJECTED);
        s.setTitle("Inlägg i sociala medier");
        s.setReason("Går inte att verifiera");
        assessments.addSource(m, id, null, s);

        String html = document.html(m, id);
        assertThat(html).contains("data:image/png;base64,").contains("Händelser per veckodag").contains("Karta:");
        assertThat(html.split("<img").length - 1).isEqualTo(6);
        byte[] pdf = document.pdf(m, id);
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("1 januari 2024", "31 december 2025", "Klotter vid stationen", "Gärningspersonen",
                    "Bortvalda källor", "Går inte att verifiera");
        }
    }
}
