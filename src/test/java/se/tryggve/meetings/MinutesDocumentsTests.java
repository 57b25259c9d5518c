package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;
import se.tryggve.testing.VeraPdf;

@IntegrationTest
@Import({TestData.class, MeetingFixture.class, MinutesFixture.class})
class MinutesDocumentsTests {

    @Autowired
    MinutesDocuments documents;
    @Autowired
    MinutesDocx docx;
    @Autowired
    Notices notices;
    @Autowired
    MinutesFixture fixture;
    @Autowired
    Meetings meetings;

    @Test
    void extractReadsLikeTheSeedInItsOrderAndIsArchivalPdf() throws Exception {
        var s = fixture.seeded(true);
        byte[] pdf = documents.pdf(MinutesDocuments.EXTRACT, documents.extract(s.world().m(), s.paragraphId()));
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertInOrder(text, "Trygghets- och delaktighetsberedningen", "Sammanträdesdatum", "17 februari 2022",
                "Paragraf", "§ 2", "Diarienummer", "KS-2022/177.173",
                MinutesFixture.TITLE,
                "Trygghets- och delaktighetsberedningens beslut", MinutesFixture.DECISION,
                "Förslag till beslut", "Kommunstyrelsens beslut", MinutesFixture.PROPOSAL,
                "Sammanfattning", "5. Internt skydds- och säkerhetsarbete",
                "Överläggning", "I ärendet yttrar sig Rasmus Lenefors (S), Nujin Alacabek (V) och Catarina Klockerud, bitr. säkerhetschef.",
                "Protokollsanteckningar", "Rasmus Lenefors (S) anmäler protokollsanteckning, se bilaga 1",
                "Nujin Alacabek (V) anmäler protokollsanteckning, se bilaga 2",
                "Rätt utdraget intygar", "Anna Sekreterare");
    }

    @Test
    void minutesHaveHeaderAttendanceParagraphsSignaturesAndCertificate() throws Exception {
        var s = fixture.seeded(true);
        var posted = notices.postNotice(s.world().m(), s.meetingId(), java.time.LocalDate.now().plusDays(1));
        byte[] pdf = documents.pdf(MinutesDocuments.MINUTES, documents.minutes(s.world().m(), s.meetingId()));
        VeraPdf.assertPdfA2uAndPdfUa1(pdf);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertInOrder(text, "Protokoll, Trygghets- och delaktighetsberedningen, 17 februari 2022", "13.00–15.10",
                "Kommunalhuset", "Närvarande", "Ledamöter", "Rasmus Lenefors (S)", "Tjänstepersoner",
                "Catarina Klockerud, bitr. säkerhetschef", "Justerare", "Nujin Alacabek", "Paragrafer",
                "§ 1 Mötets öppnande", "§ 2 " + MinutesFixture.TITLE, "Underskrifter",
                "Rasmus Lenefors, ordförande, bekräftade justeringen", "Nujin Alacabek, justerare",
                "Anslagsbevis", Minutes.date(posted.postedOn()), Minutes.date(posted.takeDownOn()),
                Minutes.date(posted.lastDayOfAppeal()), "Kommunkansliet, Testkommun");
    }

    @Test
    void wordDocumentsUseRealHeadingStyles() throws Exception {
        var s = fixture.seeded(false);
        byte[] extract = docx.extract(documents.extract(s.world().m(), s.paragraphId()));
        try (var doc = new XWPFDocument(new ByteArrayInputStream(extract))) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null) {
                    headings.add(p.getStyle() + ":" + p.getText());
                }
            }
            assertThat(headings).containsSubsequence("Title:" + MinutesFixture.TITLE,
                    "Heading1:Trygghets- och delaktighetsberedningens beslut", "Heading1:Förslag till beslut",
                    "Heading2:Kommunstyrelsens beslut", "Heading1:Sammanfattning", "Heading1:Överläggning",
                    "Heading1:Protokollsanteckningar");
        }
        byte[] minutes = docx.minutes(documents.minutes(s.world().m(), s.meetingId()));
        try (var doc = new XWPFDocument(new ByteArrayInputStream(minutes))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getStyle).contains("Title", "Heading1", "Heading2");
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Protokoll, Trygghets- och delaktighetsberedningen, 17 februari 2022");
        }
    }

    @Test
    void votesReservationsAndDraftExtractsAreShown() {
        var s = fixture.seeded(false);
        var w = s.world();
        meetings.recordVote(w.m(), s.paragraphId(), new VoteInput("Ordförandens förslag mot V-yrkandet",
                "bifall till ordförandens förslag", "bifall till V-yrkandet", List.of(
                new VoteInput.Ballot(w.chair(), Choice.JA), new VoteInput.Ballot(w.member(), Choice.NEJ),
                new VoteInput.Ballot(w.member2(), Choice.JA))));
        meetings.addItem(w.m(), s.paragraphId(), new ItemInput(ItemKind.RESERVATION, w.member(), null, "till förmån för eget yrkande", null));
        String extract = documents.html(MinutesDocuments.EXTRACT, documents.extract(w.m(), s.paragraphId()), false);
        assertInOrder(extract, "Omröstning", "Ja betyder: bifall till ordförandens förslag.",
                "Omröstningsresultat: 2 ja, 1 nej, 0 avstår.", "Reservationer",
                "Nujin Alacabek (V) reserverar sig mot beslutet: till förmån för eget yrkande", "Protokollsanteckningar",
                "Utkast: protokollet är inte justerat");
        assertThat(extract).doesNotContain("Rätt utdraget intygar");
        String minutes = documents.html(MinutesDocuments.MINUTES, documents.minutes(w.m(), s.meetingId()), false);
        assertInOrder(minutes, "Rasmus Lenefors (S), ordförande", "Omröstning", "Nujin Alacabek (V)", "Nej",
                "Protokollet är inte justerat.", "Justeringen har ännu inte tillkännagetts");
    }

    static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("'%s' after position %d in: %s", part, at, text).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
