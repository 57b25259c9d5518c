package se.tryggve.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.followup.ApprovedFollowUps;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, CasesFixture.class, ApprovedFollowUps.class})
class CaseApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixture fixture;
    @Autowired
    ApprovedFollowUps approvedFollowUps;
    @Autowired
    Registries registries;

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long registerCase(CasesFixture.World w, String title) throws Exception {
        return body(mvc.perform(as(w.secretary(), json(post("/api/v1/cases"), """
                {"registryId": %d, "year": 2024, "title": "%s", "classification": "173", "departmentId": %d, "officer": "Catarina Klockerud"}
                """.formatted(w.registry().id(), title, w.departmentId())))).andExpect(status().isCreated())).get("id").asLong();
    }

    private MockMultipartHttpServletRequestBuilder document(long caseId, String kind, String title, Long parent) {
        MockMultipartHttpServletRequestBuilder r = multipart("/api/v1/cases/{id}/documents", caseId);
        r.param("kind", kind).param("title", title).param("date", "2022-02-01");
        if (parent != null) {
            r.param("parentDocumentId", parent.toString());
        }
        return r;
    }

    @Test
    void registriesAreCreatedListedAndUpdatedWithTheirVersion() throws Exception {
        var w = fixture.world();
        JsonNode created = body(mvc.perform(as(w.secretary(), json(post("/api/v1/registries"),
                "{\"code\": \"SLK\", \"name\": \"Samhällsskydd\", \"numberFormat\": \"SLK-{year}-{serial:5}\"}")))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        mvc.perform(as(w.reader(), get("/api/v1/registries"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(as(w.secretary(), json(put("/api/v1/registries/{id}", id),
                        "{\"code\": \"SLK\", \"name\": \"Ny\", \"numberFormat\": \"SLK-{year}-{serial:4}\", \"version\": 0}")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(as(w.secretary(), json(put("/api/v1/registries/{id}", id),
                        "{\"code\": \"SLK\", \"name\": \"Gammal\", \"numberFormat\": \"SLK-{year}-{serial:4}\", \"version\": 0}")))
                .andExpect(status().isConflict());
        mvc.perform(as(w.secretary(), json(post("/api/v1/registries"),
                        "{\"code\": \"X\", \"name\": \"Fel\", \"numberFormat\": \"X-{year}\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.numberFormat").exists());
        mvc.perform(as(w.reader(), json(post("/api/v1/registries"),
                        "{\"code\": \"Y\", \"name\": \"Läsare\", \"numberFormat\": \"Y-{serial}\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCaseIsRegisteredReadWithDocumentsAndHistoryAndUpdatedWithItsVersion() throws Exception {
        var w = fixture.world();
        long id = registerCase(w, "Medborgarförslag om belysning");
        mvc.perform(as(w.reporter(), get("/api/v1/cases/{id}", id))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.caseInfo.number").value("KS-2024/1.173"))
                .andExpect(jsonPath("$.history[0].kind").value("REGISTERED"));
        mvc.perform(as(w.secretary(), json(put("/api/v1/cases/{id}", id),
                        "{\"registryId\": %d, \"title\": \"Ändrad rubrik\", \"classification\": \"173\"}".formatted(w.registry().id()))
                        .header("If-Match", "\"0\""))).andExpect(status().isOk());
        mvc.perform(as(w.secretary(), json(put("/api/v1/cases/{id}", id),
                        "{\"registryId\": %d, \"title\": \"Gammal\", \"version\": 0}".formatted(w.registry().id()))))
                .andExpect(status().isConflict());
        mvc.perform(as(w.secretary(), json(put("/api/v1/cases/{id}/status", id), "{\"status\": \"CLOSED\", \"version\": 1}")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(w.secretary(), json(put("/api/v1/cases/{id}/status", id), "{\"status\": \"DECIDED\", \"version\": 1}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"));
        mvc.perform(as(w.reader(), get("/api/v1/cases").param("q", "ändrad"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(as(w.reader(), json(post("/api/v1/cases"), "{\"registryId\": %d, \"title\": \"Läsare\", \"classification\": \"1\"}"
                .formatted(w.registry().id())))).andExpect(status().isForbidden());
    }

    @Test
    void aForeignOrUnknownCaseIsNotFound() throws Exception {
        var w = fixture.world();
        var other = fixture.world();
        long foreign = registerCase(other, "Annan kommuns ärende");
        mvc.perform(as(w.reader(), get("/api/v1/cases/{id}", foreign))).andExpect(status().isNotFound());
        mvc.perform(as(w.reader(), get("/api/v1/cases/{id}", 999_999_999L))).andExpect(status().isNotFound());
        mvc.perform(as(w.secretary(), document(foreign, "OTHER", "Intrång", null).param("text", "x"))).andExpect(status().isNotFound());
        mvc.perform(as(w.secretary(), json(post("/api/v1/cases"), "{\"registryId\": %d, \"title\": \"Fel diarium\", \"classification\": \"1\"}"
                .formatted(other.registry().id())))).andExpect(status().isNotFound());
    }

    @Test
    void anImportedDuplicateNumberIsRefusedBesideTheSerial() throws Exception {
        var w = fixture.world();
        String body = "{\"registryId\": %d, \"year\": 2022, \"serial\": 177, \"title\": \"%s\", \"classification\": \"173\"}";
        mvc.perform(as(w.secretary(), json(post("/api/v1/cases"), body.formatted(w.registry().id(), "Uppföljning"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value("KS-2022/177.173"));
        mvc.perform(as(w.secretary(), json(post("/api/v1/cases"), body.formatted(w.registry().id(), "Dubblett"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.serial").exists());
    }

    @Test
    void documentsAnnexesAreNumberedPerReportAndFilesAreCheckedByTheirBytes() throws Exception {
        var w = fixture.world();
        long id = registerCase(w, "Handlingar");
        long report = body(mvc.perform(as(w.secretary(), document(id, "OFFICIAL_REPORT", "Tjänsteutlåtande", null)
                .param("text", "Förvaltningen föreslår att nämnden godkänner uppföljningen.")
                .param("departmentId", String.valueOf(w.departmentId())))).andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(as(w.secretary(), document(id, "ANNEX", "Rapport", report)
                        .file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", PDF))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.annexNumber").value(1));
        JsonNode second = body(mvc.perform(as(w.secretary(), document(id, "ANNEX", "Karta", report)
                        .file(new MockMultipartFile("file", "karta.png", "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.annexNumber").value(2)));
        mvc.perform(as(w.secretary(), document(id, "ANNEX", "Låtsas-PDF", report)
                        .file(new MockMultipartFile("file", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").exists());
        mvc.perform(as(w.secretary(), document(id, "ANNEX", "För stor", report)
                        .file(new MockMultipartFile("file", "stor.pdf", "application/pdf", tooLargePdf()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").exists());
        mvc.perform(as(w.secretary(), document(id, "ANNEX", "Utan rapport", null).param("text", "x")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.parentDocumentId").exists());
        mvc.perform(as(w.secretary(), document(id, "MOTION", "Tom", null))).andExpect(status().isBadRequest());

        var download = mvc.perform(as(w.reader(), get("/api/v1/cases/{id}/documents/{d}/file", id, second.get("id").asLong() - 1)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        JsonNode details = body(mvc.perform(as(w.reader(), get("/api/v1/cases/{id}", id))).andExpect(status().isOk()));
        assertThat(details.get("documents")).hasSize(3);
        assertThat(details.get("documents").get(1).get("annexNumber").asInt()).isEqualTo(1);
        assertThat(details.get("history")).hasSize(4);
    }

    @Test
    void anApprovedFollowUpBecomesACaseWithTheReportAsAnnexOne() throws Exception {
        ApprovedFollowUps.Approved a = approvedFollowUps.newApproved();
        Registry ks = registries.createRegistry(a.municipalityId(), new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}.{class}"));
        JsonNode created = body(mvc.perform(as(a.coordinator(), json(post("/api/v1/cases/from-follow-up"), """
                {"followUpId": %d, "registryId": %d, "classification": "173", "departmentId": %d, "date": "2022-02-01",
                 "text": "Förvaltningen föreslår att beredningen godkänner uppföljningen."}""".formatted(a.followUpId(), ks.id(),
                a.departmentId())))).andExpect(status().isCreated()));
        assertThat(created.get("caseInfo").get("title").asString()).isEqualTo("Uppföljning av Program för trygghet och säkerhet 2021");
        JsonNode docs = created.get("documents");
        assertThat(docs.get(0).get("kind").asString()).isEqualTo("OFFICIAL_REPORT");
        assertThat(docs.get(0).get("date").asString()).isEqualTo("2022-02-01");
        assertThat(docs.get(1).get("annexNumber").asInt()).isEqualTo(1);
        byte[] pdf = mvc.perform(as(a.reader(), get("/api/v1/cases/{id}/documents/{d}/file", created.get("caseInfo").get("id").asLong(),
                docs.get(1).get("id").asLong()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the report was rendered after the case was registered: its title page carries the case number
        String number = created.get("caseInfo").get("number").asString();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(number);
        }

        mvc.perform(as(a.coordinator(), json(post("/api/v1/cases/from-follow-up"),
                        "{\"followUpId\": %d, \"registryId\": %d, \"classification\": \"173\"}".formatted(a.openFollowUpId(), ks.id()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.followUpId").exists());
        mvc.perform(as(a.reader(), json(post("/api/v1/cases/from-follow-up"),
                        "{\"followUpId\": %d, \"registryId\": %d, \"classification\": \"173\"}".formatted(a.followUpId(), ks.id()))))
                .andExpect(status().isForbidden());
    }

    private static byte[] tooLargePdf() {
        byte[] big = new byte[FileTypes.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }
}
