package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoCasesTests {

    @Autowired
    Cases cases;
    @Autowired
    CaseDirectory directory;
    @Autowired
    Municipalities municipalities;

    @Test
    void theFollowUpOf2021IsCaseKs2022_177_173WithTheReportAsAnnexOne() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        CaseRef ref = directory.findCaseByNumber(m, "KS-2022/177.173").orElseThrow();
        assertThat(ref.title()).isEqualTo("Uppföljning av Program för trygghet och säkerhet 2021");
        CaseInfo c = cases.findCase(m, ref.id());
        assertThat(c.officer()).isEqualTo("Catarina Klockerud");
        assertThat(c.departmentId()).isNotNull();
        List<CaseDocument> docs = cases.documents(m, ref.id());
        assertThat(docs).extracting(CaseDocument::kind).containsExactly(DocumentKind.OFFICIAL_REPORT, DocumentKind.ANNEX);
        assertThat(docs.get(0).date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(docs.get(1).annexNumber()).isEqualTo(1);
        byte[] pdf = cases.file(m, ref.id(), docs.get(1).id()).content();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(cases.history(m, ref.id())).extracting(CaseEvent::kind)
                .startsWith("REGISTERED", "DOCUMENT_ADDED", "DOCUMENT_ADDED")
                .contains("PARAGRAPH"); // § 11 of the demo committee meeting, once its minutes were adjusted
    }
}
