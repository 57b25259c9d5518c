package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.tryggve.cases.Cases;
import se.tryggve.cases.CaseDirectory;
import se.tryggve.organisation.Municipalities;
import se.tryggve.testing.IntegrationTest;

@IntegrationTest(properties = "tryggve.demo.enabled=true")
class DemoMeetingsTests {

    @Autowired
    Meetings meetings;
    @Autowired
    Municipalities municipalities;
    @Autowired
    CaseDirectory directory;
    @Autowired
    Cases cases;
    @Autowired
    Notices notices;

    @Test
    void paragraph11OfTheCommitteeIsAsInTheSeedAndAdjusted() {
        long m = municipalities.findByCode("0126").orElseThrow().id();
        MeetingSummary tdb = meetings.listMeetings(m, null).stream()
                .filter(s -> s.meetingDate().equals(DemoMeetings.MEETING_DATE)).findFirst().orElseThrow();
        MeetingView meeting = meetings.findMeeting(m, tdb.id());
        assertThat(meeting.status()).isEqualTo(MeetingStatus.ADJUSTED);
        MeetingView.ParagraphSummary s11 = meeting.paragraphs().stream().filter(p -> p.label().equals("§ 11")).findFirst().orElseThrow();
        ParagraphView p = meetings.findParagraph(m, s11.id());
        assertThat(p.title()).isEqualTo("Uppföljning av Program för trygghet och säkerhet 2021");
        assertThat(p.caseNumber()).isEqualTo("KS-2022/177.173");
        assertThat(p.decisionType()).isEqualTo(DecisionType.PROPOSAL);
        assertThat(p.targetBodyName()).isEqualTo("Kommunstyrelsen");
        assertThat(p.summary()).contains("5. Internt skydds- och säkerhetsarbete");
        assertThat(p.items()).filteredOn(i -> i.kind() == ItemKind.SPEAKER).hasSize(5);
        assertThat(p.items()).filteredOn(i -> i.kind() == ItemKind.NOTE).hasSize(3);
        assertThat(meetings.checkMinutes(m, meeting.id())).isEmpty();
        long caseId = directory.findCaseByNumber(m, "KS-2022/177.173").orElseThrow().id();
        assertThat(notices.noticesOfMeeting(m, meeting.id())).singleElement().satisfies(n ->
                assertThat(n.lastDayOfAppeal()).isEqualTo(java.time.LocalDate.of(2022, 3, 17)));
        assertThat(cases.history(m, caseId)).extracting(e -> e.text()).anySatisfy(t -> assertThat(t).contains("§ 11"));
    }
}
