package se.tryggve.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.tryggve.security.Role;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

@IntegrationTest
@AutoConfigureMockMvc
@Import(TestData.class)
class IncidentApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Districts districts;
    @Autowired
    se.tryggve.organisation.Departments departments;

    long department(long m) {
        var in = new se.tryggve.organisation.DepartmentInput();
        in.setName("Samhällsbyggnadsförvaltningen");
        return departments.createDepartment(m, in).id();
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B r) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aCoordinatorReportsInSwerefAndHandlesTheIncidentThroughItsLifecycle() throws Exception {
        long m = data.newMunicipality("API-kommun").id();
        districts.importDistricts(m, null, IncidentsTests.TWO_DISTRICTS);
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        String reader = data.newUser(m, null, Role.READER);
        String fieldStaff = data.newUser(m, department(m), Role.DEPARTMENT_REPORTER);

        // SWEREF 99 TM of 59.2366 N, 17.9816 E (Huddinge), in district "Öster"
        JsonNode created = body(mvc.perform(as(coordinator, json(post("/api/v1/incidents"), """
                {"categoryCode": "graffiti", "channel": "PHONE", "northing": 6570202.169, "easting": 670086.565,
                 "address": "Sjödalsvägen 1", "description": "Tag på elskåp",
                 "reporter": {"firstName": "Bo", "phone": "070-123 45 67"}}""")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")));
        long id = created.get("id").asLong();
        assertThat(created.get("latitude").asDouble()).isCloseTo(59.2366, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(created.get("districtName").asString()).isEqualTo("Öster");
        assertThat(created.get("reporter").get("phone").asString()).isEqualTo("070-123 45 67");

        // A reader sees the incident but not who reported it, and may not change it.
        mvc.perform(as(reader, get("/api/v1/incidents/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reporter").doesNotExist()).andExpect(jsonPath("$.northing").value(6570202.169));
        mvc.perform(as(reader, json(post("/api/v1/incidents/" + id + "/transitions"), "{\"status\": \"CLOSED\", \"version\": 0}")))
                .andExpect(status().isForbidden());
        mvc.perform(as(fieldStaff, json(post("/api/v1/incidents/" + id + "/transitions"),
                "{\"status\": \"ASSIGNED\", \"assignedTo\": \"x\", \"version\": 0}"))).andExpect(status().isForbidden());

        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/transitions"),
                        "{\"status\": \"ASSIGNED\", \"assignedTo\": \"Klottersaneringen\"}").header("If-Match", "\"0\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED")).andExpect(header().string("ETag", "\"1\""));
        // Stale version: 412 with If-Match, 409 with the body's version.
        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/transitions"), "{\"status\": \"CLOSED\"}")
                .header("If-Match", "\"0\""))).andExpect(status().isPreconditionFailed());
        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/transitions"), "{\"status\": \"CLOSED\", \"version\": 0}")))
                .andExpect(status().isConflict());

        // Field staff record the removal and upload the photo.
        mvc.perform(as(fieldStaff, json(post("/api/v1/incidents/" + id + "/transitions"), "{\"status\": \"REMOVED\", \"version\": 1}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REMOVED")).andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.removalMinutes").isNumber()).andExpect(jsonPath("$.steps.length()").value(3));
        JsonNode photo = body(mvc.perform(as(fieldStaff, multipart("/api/v1/incidents/" + id + "/photos")
                        .file(new MockMultipartFile("file", "efter.png", "image/png", PNG)).param("purpose", "REMOVAL")))
                .andExpect(status().isCreated()));
        mvc.perform(as(reader, get("/api/v1/incidents/" + id + "/photos/" + photo.get("id").asLong())))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
        mvc.perform(as(fieldStaff, multipart("/api/v1/incidents/" + id + "/photos")
                        .file(new MockMultipartFile("file", "fake.png", "image/png", "<svg/>".getBytes()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.photo").exists());

        // An illegal step is refused: a removed incident cannot be closed.
        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/transitions"), "{\"status\": \"CLOSED\", \"version\": 2}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());

        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/costs"),
                "{\"amount\": 1800.00, \"contractor\": \"Klottersaneringen\", \"date\": \"2024-05-02\"}"))).andExpect(status().isCreated());
        mvc.perform(as(coordinator, json(post("/api/v1/incidents/" + id + "/costs"), "{\"amount\": -5, \"date\": \"2024-05-02\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.amount").exists());
        mvc.perform(as(fieldStaff, json(post("/api/v1/incidents/" + id + "/costs"), "{\"amount\": 5, \"date\": \"2024-05-02\"}")))
                .andExpect(status().isForbidden());
        mvc.perform(as(coordinator, json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/incidents/" + id + "/handling"),
                "{\"propertyOwner\": \"Huddinge Samhällsfastigheter\", \"policeReportNumber\": \"5000-K1234-24\", \"version\": 2}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.policeReported").value(true)).andExpect(jsonPath("$.totalCost").value(1800.0));

        mvc.perform(as(reader, get("/api/v1/incidents?status=REMOVED&category=graffiti&districtId="
                        + created.get("districtId").asLong()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(as(reader, get("/api/v1/incidents?status=REPORTED"))).andExpect(jsonPath("$.totalItems").value(0));

        // Another municipality's user gets 404, exactly like a missing id.
        long other = data.newMunicipality("Grannkommun").id();
        String stranger = data.newUser(other, null, Role.SECURITY_COORDINATOR);
        mvc.perform(as(stranger, get("/api/v1/incidents/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(stranger, json(post("/api/v1/incidents/" + id + "/costs"), "{\"amount\": 5, \"date\": \"2024-05-02\"}")))
                .andExpect(status().isNotFound());
    }

    @Test
    void districtsAreListedImportedAndServedAsGeoJson() throws Exception {
        long m = data.newMunicipality("Distriktskommun").id();
        String coordinator = data.newUser(m, null, Role.SECURITY_COORDINATOR);
        String reader = data.newUser(m, null, Role.READER);
        mvc.perform(as(reader, post("/api/v1/districts/import").contentType("application/geo+json").content(IncidentsTests.TWO_DISTRICTS)))
                .andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post("/api/v1/districts/import").contentType("application/geo+json").content(IncidentsTests.TWO_DISTRICTS)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        mvc.perform(as(reader, get("/api/v1/districts"))).andExpect(status().isOk()).andExpect(jsonPath("$[1].name").value("Öster"))
                .andExpect(jsonPath("$[1].example").value(true));
        mvc.perform(as(reader, get("/api/v1/districts/geojson"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
        mvc.perform(as(coordinator, post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\": \"graffiti\", \"latitude\": 59.5, \"longitude\": 17.9}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.position").exists());
    }
}
