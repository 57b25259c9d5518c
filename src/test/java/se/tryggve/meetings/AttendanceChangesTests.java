package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;
import se.tryggve.testing.WebLogin;

/**
 * Changes of attendance per paragraph: the serving members of a paragraph follow from the attendance
 * plus the changes up to it, and votes, reservations and the check of the minutes use them.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestData.class, MeetingFixture.class})
class AttendanceChangesTests {

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixture fixture;
    @Autowired
    MinutesDocuments documents;
    @Autowired
    MinutesDocx docx;
    @Autowired
    MockMvc mvc;

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(RuleViolationException.class).hasMessage(key);
    }

    private static ParagraphInput paragraph(String title) {
        return new ParagraphInput(title, null, DecisionType.DECISION, null, null, null, null, null, null, false, null);
    }

    private static VoteInput vote(long... ja) {
        return new VoteInput("Förslaget", "bifall", "avslag",
                java.util.Arrays.stream(ja).mapToObj(p -> new VoteInput.Ballot(p, Choice.JA)).toList());
    }

    private record Meeting(MeetingFixture.World w, long id, long p1, long p2, long p3) {
    }

    /** chair, member (adjuster), member2 serving; the substitute present but not serving; § 1–3. */
    private Meeting meeting() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long id = fixture.meetingWithAttendance(meetings, w);
        meetings.addAttendance(w.m(), id, new AttendanceInput(AttendanceKind.SUBSTITUTE, w.substitute(), null, null,
                null, false, null));
        return new Meeting(w, id, meetings.createParagraph(w.m(), id, paragraph("Mötets öppnande")).id(),
                meetings.createParagraph(w.m(), id, paragraph("Program")).id(),
                meetings.createParagraph(w.m(), id, paragraph("Avslutning")).id());
    }

    @Test
    void votesReservationsAndTheCheckUseTheAttendanceAtTheParagraph() {
        Meeting mt = meeting();
        var w = mt.w();
        long m = w.m();
        // member2 leaves after § 1; the substitute serves for her from § 2
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.LEAVES, w.member2(), null, mt.p2()), "sekr");
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.SUBSTITUTE_STARTS,
                w.substitute(), w.member2(), mt.p2()), "sekr");

        // the attendance cannot be changed so that a recorded change becomes impossible
        long member2Attendance = meetings.findMeeting(m, mt.id()).attendance().stream()
                .filter(a -> Long.valueOf(w.member2()).equals(a.personId())).findFirst().orElseThrow().id();
        refused(() -> meetings.removeAttendance(m, mt.id(), member2Attendance), "meetings.change.leaves.notPresent");
        assertThat(meetings.findMeeting(m, mt.id()).attendance()).hasSize(5);

        // § 1: the attendance of the meeting
        meetings.recordVote(m, mt.p1(), vote(w.chair(), w.member(), w.member2()));
        refused(() -> meetings.recordVote(m, mt.p1(), vote(w.chair(), w.member(), w.substitute())), "meetings.vote.notEntitled");
        // § 2: member2 has left and the substitute serves
        refused(() -> meetings.recordVote(m, mt.p2(), vote(w.chair(), w.member(), w.member2())), "meetings.vote.notEntitled");
        refused(() -> meetings.recordVote(m, mt.p2(), vote(w.chair(), w.member())), "meetings.vote.countMismatch");
        meetings.recordVote(m, mt.p2(), vote(w.chair(), w.member(), w.substitute()));
        assertThat(meetings.servingAt(m, mt.p2())).extracting(MeetingView.AttendanceView::personId)
                .containsExactlyInAnyOrder(w.chair(), w.member(), w.substitute());

        // reservations only by those who took part in the decision at that paragraph
        refused(() -> meetings.addItem(m, mt.p1(), new ItemInput(ItemKind.RESERVATION, w.substitute(), null, null, null)),
                "meetings.reservation.notServing");
        refused(() -> meetings.addItem(m, mt.p2(), new ItemInput(ItemKind.RESERVATION, w.member2(), null, null, null)),
                "meetings.item.notPresent");
        meetings.addItem(m, mt.p2(), new ItemInput(ItemKind.RESERVATION, w.substitute(), null, null, null));
        meetings.addItem(m, mt.p1(), new ItemInput(ItemKind.RESERVATION, w.member2(), null, null, null));
        assertThat(meetings.checkMinutes(m, mt.id())).isEmpty();

        // impossible changes are refused and nothing is saved
        refused(() -> meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.LEAVES,
                w.member2(), null, mt.p3()), "sekr"), "meetings.change.leaves.notPresent");
        refused(() -> meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.ARRIVES,
                w.outsider(), null, mt.p3()), "sekr"), "meetings.change.arrives.notMember");
        refused(() -> meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.ARRIVES,
                w.member2(), null, mt.p3()), "sekr"), "meetings.change.arrives.replaced");
        refused(() -> meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.SUBSTITUTE_STARTS,
                w.substitute(), w.chair(), mt.p3()), "sekr"), "meetings.change.substitute.alreadyServing");
        long leave = meetings.findMeeting(m, mt.id()).attendanceChanges().get(0).id();
        refused(() -> meetings.removeAttendanceChange(m, mt.id(), leave), "meetings.change.replacesServing");
        assertThat(meetings.findMeeting(m, mt.id()).attendanceChanges()).hasSize(2);

        // a change recorded after a vote makes the vote disagree: the check lists it
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.LEAVES, w.member(), null, mt.p2()), "sekr");
        assertThat(meetings.checkMinutes(m, mt.id())).extracting(Problem::messageKey).contains("meetings.check.voteMismatch");
        long memberLeaves = meetings.findMeeting(m, mt.id()).attendanceChanges().stream()
                .filter(c -> c.personId() == w.member()).findFirst().orElseThrow().id();
        meetings.removeAttendanceChange(m, mt.id(), memberLeaves);
        assertThat(meetings.checkMinutes(m, mt.id())).isEmpty();

        // the substitute stops and member2 returns from § 3
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.SUBSTITUTE_STOPS, w.substitute(), null, mt.p3()), "sekr");
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.ARRIVES, w.member2(), null, mt.p3()), "sekr");
        refused(() -> meetings.recordVote(m, mt.p3(), vote(w.chair(), w.member(), w.substitute())), "meetings.vote.notEntitled");
        meetings.recordVote(m, mt.p3(), vote(w.chair(), w.member(), w.member2()));
        assertThat(meetings.checkMinutes(m, mt.id())).isEmpty();
    }

    @Test
    void theMinutesSayWhereTheChangesApplyAndStayValidPdf() throws Exception {
        Meeting mt = meeting();
        var w = mt.w();
        long m = w.m();
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.LEAVES, w.member2(), null, mt.p2()), "sekr");
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.SUBSTITUTE_STARTS,
                w.substitute(), w.member2(), mt.p2()), "sekr");
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.SUBSTITUTE_STOPS,
                w.substitute(), null, mt.p3()), "sekr");
        meetings.addAttendanceChange(m, mt.id(), new AttendanceChangeInput(AttendanceChangeKind.ARRIVES, w.member2(), null, mt.p3()), "sekr");
        String leaves = "Ingalill Söderberg (S) lämnar sammanträdet efter § 1.";
        String serves = "Louise Rollins (V) tjänstgör för Ingalill Söderberg (S) från § 2.";
        String stops = "Louise Rollins (V) upphör att tjänstgöra för Ingalill Söderberg (S) efter § 2.";
        String returns = "Ingalill Söderberg (S) ansluter till sammanträdet och tjänstgör från § 3.";
        assertThat(meetings.servingAt(m, mt.p3())).extracting(MeetingView.AttendanceView::personId)
                .containsExactlyInAnyOrder(w.chair(), w.member(), w.member2());

        String html = documents.html(MinutesDocuments.MINUTES, documents.minutes(m, mt.id()), false);
        assertInOrder(html, "Ändringar i närvaron", leaves, serves, stops, returns,
                "§ 2 Program", leaves, serves, "§ 3 Avslutning", stops, returns);
        String extract = documents.html(MinutesDocuments.EXTRACT, documents.extract(m, mt.p2()), false);
        assertThat(extract).contains(leaves, serves).doesNotContain(returns);

        byte[] pdf = documents.pdf(MinutesDocuments.MINUTES, documents.minutes(m, mt.id()));
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(leaves, serves, returns);
        }
    }

    @Test
    void pagesAndApiRecordChangesBeforeAdjustmentAndRefuseThemAfter() throws Exception {
        Meeting mt = meeting();
        var w = mt.w();
        MockHttpSession secretary = WebLogin.as(mvc, w.secretary());
        mvc.perform(get("/meetings/" + mt.id()).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera ändring i närvaron")));
        // the page shows the reason beside the field and saves nothing
        mvc.perform(post("/meetings/" + mt.id() + "/attendance-changes").session(secretary).with(csrf())
                        .param("kind", "SUBSTITUTE_STARTS").param("personId", String.valueOf(w.substitute()))
                        .param("replacesPersonId", String.valueOf(w.chair())).param("fromParagraphId", String.valueOf(mt.p2())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("registrera först att ledamoten lämnar")));
        mvc.perform(post("/meetings/" + mt.id() + "/attendance-changes").session(secretary).with(csrf())
                        .param("kind", "LEAVES").param("personId", String.valueOf(w.member2()))
                        .param("fromParagraphId", String.valueOf(mt.p2())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + mt.id()).session(secretary)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingalill Söderberg (S) lämnar sammanträdet efter § 1.")));

        String api = "/api/v1/meetings/" + mt.id() + "/attendance-changes";
        mvc.perform(post(api).with(httpBasic(w.secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SUBSTITUTE_STARTS\",\"personId\":" + w.substitute() + ",\"fromParagraphId\":" + mt.p2() + "}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(api).with(httpBasic(w.secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NOPE\",\"personId\":1,\"fromParagraphId\":1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(api).with(httpBasic(w.reader(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LEAVES\",\"personId\":" + w.member() + ",\"fromParagraphId\":" + mt.p3() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(api).with(httpBasic(w.secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SUBSTITUTE_STARTS\",\"personId\":" + w.substitute() + ",\"replacesPersonId\":"
                                + w.member2() + ",\"fromParagraphId\":" + mt.p2() + "}"))
                .andExpect(status().isOk());
        mvc.perform(get(api).with(httpBasic(w.reader(), TestData.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[1].kind").value("SUBSTITUTE_STARTS"));
        long second = meetings.findMeeting(w.m(), mt.id()).attendanceChanges().get(1).id();
        mvc.perform(delete(api + "/" + second).with(httpBasic(w.secretary(), TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(delete(api + "/" + second).with(httpBasic(w.secretary(), TestData.PASSWORD))).andExpect(status().isNotFound());

        meetings.confirmMinutes(w.m(), mt.id(), w.chair(), "sekr");
        meetings.confirmMinutes(w.m(), mt.id(), w.member(), "sekr");
        mvc.perform(post(api).with(httpBasic(w.secretary(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LEAVES\",\"personId\":" + w.member() + ",\"fromParagraphId\":" + mt.p3() + "}"))
                .andExpect(status().isBadRequest());
        long first = meetings.findMeeting(w.m(), mt.id()).attendanceChanges().get(0).id();
        refused(() -> meetings.removeAttendanceChange(w.m(), mt.id(), first), "meetings.adjusted.locked");
        assertThat(meetings.findMeeting(w.m(), mt.id()).attendanceChanges()).hasSize(1);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("'" + part + "' after position " + at).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
