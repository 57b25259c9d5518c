package se.tryggve.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class})
class MeetingApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingFixture fixture;
    @Autowired
    Meetings meetings;

    private final JsonMapper json = JsonMapper.builder().build();

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, String user) {
        return r.with(httpBasic(user, TestData.PASSWORD));
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder r, String user, String body) {
        return as(r, user).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode read(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString());
    }

    @Test
    void secretaryRecordsAMeetingThroughTheApiAndAdjustsIt() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        JsonNode created = read(mvc.perform(body(post("/api/v1/meetings"), w.secretary(), """
                {"bodyId": %d, "meetingDate": "2022-02-17", "startTime": "13:00", "place": "Kommunalhuset"}"""
                .formatted(w.tdb()))).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        for (String att : new String[] {
                "{\"kind\":\"MEMBER\",\"personId\":%d}".formatted(w.chair()),
                "{\"kind\":\"MEMBER\",\"personId\":%d,\"adjuster\":true}".formatted(w.member()),
                "{\"kind\":\"MEMBER\",\"personId\":%d}".formatted(w.member2())}) {
            mvc.perform(body(post("/api/v1/meetings/" + id + "/attendance"), w.secretary(), att)).andExpect(status().isOk());
        }
        long version = read(mvc.perform(as(get("/api/v1/meetings/" + id), w.reader())).andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance[0].party").value("S"))).get("version").asLong();
        String header = """
                {"bodyId": %d, "meetingDate": "2022-02-17", "place": "Kommunalhuset", "chairPersonId": %d}"""
                .formatted(w.tdb(), w.chair());
        mvc.perform(body(put("/api/v1/meetings/" + id), w.secretary(), header).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
        // stale
        mvc.perform(body(put("/api/v1/meetings/" + id), w.secretary(), header).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(body(put("/api/v1/meetings/" + id), w.secretary(), header.replace("}", ", \"version\": " + version + "}")))
                .andExpect(status().isConflict());
        // a reader may not edit
        mvc.perform(body(post("/api/v1/meetings/" + id + "/paragraphs"), w.reader(), "{\"title\":\"x\",\"decisionType\":\"NOTED\"}"))
                .andExpect(status().isForbidden());
        long p = read(mvc.perform(body(post("/api/v1/meetings/" + id + "/paragraphs"), w.secretary(),
                "{\"title\":\"Handlingsprogram\",\"decisionType\":\"DECISION\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value("§ 1"))).get("id").asLong();
        // a vote that does not add up is a 400 problem
        mvc.perform(body(post("/api/v1/paragraphs/" + p + "/votes"), w.secretary(), """
                {"proposition":"Ordförandens förslag","jaMeans":"bifall","nejMeans":"avslag",
                 "ballots":[{"personId":%d,"choice":"JA"}]}""".formatted(w.chair())))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        mvc.perform(body(post("/api/v1/paragraphs/" + p + "/votes"), w.secretary(), """
                {"proposition":"Ordförandens förslag","jaMeans":"bifall","nejMeans":"avslag",
                 "ballots":[{"personId":%d,"choice":"JA"},{"personId":%d,"choice":"NEJ"},{"personId":%d,"choice":"AVSTAR"}]}"""
                .formatted(w.chair(), w.member(), w.member2())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.votes[0].ja").value(1))
                .andExpect(jsonPath("$.votes[0].nej").value(1)).andExpect(jsonPath("$.votes[0].avstar").value(1));
        mvc.perform(body(post("/api/v1/paragraphs/" + p + "/items"), w.secretary(), """
                {"kind":"NOTE","personId":%d,"text":"Anteckning","annexRef":"Bilaga 1"}""".formatted(w.member())))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/meetings/" + id + "/problems"), w.reader()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].messageKey").value("meetings.check.annexMissing"))
                .andExpect(jsonPath("$[0].link").value("/paragraphs/" + p));
        // adjustment refused while problems remain
        mvc.perform(body(post("/api/v1/meetings/" + id + "/adjustments"), w.secretary(), "{\"personId\":%d}".formatted(w.chair())))
                .andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/paragraphs/" + p + "/items"), w.secretary(),
                "{\"kind\":\"ANNEX\",\"annexRef\":\"Bilaga 1\",\"text\":\"Anteckning\"}")).andExpect(status().isOk());
        mvc.perform(body(post("/api/v1/meetings/" + id + "/adjustments"), w.reader(), "{\"personId\":%d}".formatted(w.chair())))
                .andExpect(status().isForbidden());
        mvc.perform(body(post("/api/v1/meetings/" + id + "/adjustments"), w.secretary(), "{\"personId\":%d}".formatted(w.chair())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(body(post("/api/v1/meetings/" + id + "/adjustments"), w.secretary(), "{\"personId\":%d}".formatted(w.member())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADJUSTED"));
        mvc.perform(as(get("/api/v1/meetings/" + id + "/adjustments"), w.reader()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].method").value("CONFIRMED"));
        // after adjustment every change is refused
        long pv = meetings.findParagraph(w.m(), p).version();
        long mv = meetings.findMeeting(w.m(), id).version();
        mvc.perform(body(put("/api/v1/meetings/" + id), w.secretary(), header).header("If-Match", "\"" + mv + "\""))
                .andExpect(status().isBadRequest());
        mvc.perform(body(put("/api/v1/paragraphs/" + p), w.secretary(),
                "{\"title\":\"Ändrad\",\"decisionType\":\"DECISION\",\"version\":%d}".formatted(pv)))
                .andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/paragraphs/" + p + "/items"), w.secretary(),
                "{\"kind\":\"POINT\",\"text\":\"Ny punkt\"}")).andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/meetings/" + id + "/paragraphs"), w.secretary(),
                "{\"title\":\"Ny\",\"decisionType\":\"NOTED\"}")).andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/meetings/" + id + "/corrections"), w.secretary(),
                "{\"text\":\"Rättelse av stavfel\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.corrections[0].text").value("Rättelse av stavfel"));
    }

    @Test
    void foreignAndUnknownIdsAre404AndBadInputIs400() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        var other = fixture.create(ParagraphNumbering.PER_MEETING);
        long foreign = fixture.meetingWithAttendance(meetings, other);
        long foreignParagraph = meetings.createParagraph(other.m(), foreign, new ParagraphInput("x", null,
                DecisionType.NOTED, null, null, null, null, null, null, false, null)).id();
        mvc.perform(as(get("/api/v1/meetings/" + foreign), w.reader())).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/meetings/999999999"), w.reader())).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/paragraphs/" + foreignParagraph), w.reader())).andExpect(status().isNotFound());
        mvc.perform(body(post("/api/v1/paragraphs/" + foreignParagraph + "/items"), w.secretary(),
                "{\"kind\":\"POINT\",\"text\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(body(post("/api/v1/meetings"), w.secretary(), "{\"meetingDate\":\"2022-02-17\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/meetings"), w.secretary(), "{not json")).andExpect(status().isBadRequest());
        mvc.perform(body(post("/api/v1/meetings"), w.secretary(),
                "{\"bodyId\":%d,\"meetingDate\":\"2022-02-17\"}".formatted(other.tdb()))).andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/meetings?page=0&size=10"), w.reader())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aCommitteesProposalIsTakenUpByTheBoard() throws Exception {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long caseId = fixture.insertCase(w.m(), "KS-2022/177.173", "Handlingsprogram");
        long tdbMeeting = fixture.meetingWithAttendance(meetings, w);
        long proposal = meetings.createParagraph(w.m(), tdbMeeting, new ParagraphInput("Handlingsprogram", caseId,
                DecisionType.PROPOSAL, w.ks(), "Att anta programmet", null, null, null, null, false, null)).id();
        long ksMeeting = meetings.createMeeting(w.m(), new MeetingInput(w.ks(), MeetingFixture.DATE.plusDays(20), null,
                null, null, null, null, null, null, null)).id();
        mvc.perform(as(get("/api/v1/meetings/" + ksMeeting + "/proposals"), w.reader())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].paragraphId").value(proposal));
        mvc.perform(as(post("/api/v1/meetings/" + ksMeeting + "/proposals/" + proposal), w.secretary()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.caseNumber").value("KS-2022/177.173"))
                .andExpect(jsonPath("$.sourceParagraphId").value(proposal));
        mvc.perform(as(post("/api/v1/meetings/" + ksMeeting + "/proposals/" + proposal), w.secretary()))
                .andExpect(status().isBadRequest());
    }
}
