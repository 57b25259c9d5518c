package se.tryggve.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.tryggve.organisation.ParagraphNumbering;
import se.tryggve.testing.IntegrationTest;
import se.tryggve.testing.TestData;

/**
 * Speed of the minutes of a meeting with 60 paragraphs (each with decision, proposal, a summary of
 * five blocks, three speakers, two protocol notes with annexes): assembling and rendering the HTML
 * (target: median below 300 ms) and the PDF/A (target: below 3 s), after warm-up. Prints BENCHMARK
 * lines and asserts no timings (they depend on the machine). Excluded from the normal run (tag "benchmark").
 */
@Tag("benchmark")
@IntegrationTest
@Import({TestData.class, MeetingFixture.class})
class MinutesBenchmarkTests {

    static final int PARAGRAPHS = 60;

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixture fixture;
    @Autowired
    MinutesDocuments documents;
    @Autowired
    MinutesDocx docx;

    @Test
    void minutesOfSixtyParagraphs() {
        var w = fixture.create(ParagraphNumbering.PER_MEETING);
        long meeting = fixture.meetingWithAttendance(meetings, w);
        String summary = String.join("\n\n", Collections.nCopies(5,
                "Det övergripande målet är att kommunen ska vara trygg och säker för alla som bor, verkar och vistas där."));
        for (int i = 1; i <= PARAGRAPHS; i++) {
            long p = meetings.createParagraph(w.m(), meeting, new ParagraphInput("Ärende " + i + ": uppföljning av trygghetsarbetet",
                    null, DecisionType.PROPOSAL, w.ks(), "Uppföljningen godkänns.", null, summary, null, "Kommunstyrelsen", false, null)).id();
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.POINT, null, null, "Beredningen föreslår kommunstyrelsen att godkänna uppföljningen.", null));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.chair(), null, null, null));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.member(), null, null, null));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.SPEAKER, w.official(), null, null, null));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "Anteckning (S)", "Bilaga 1"));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.ANNEX, null, null, "Anteckning (V)", "Bilaga 2"));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, w.chair(), null, null, "Bilaga 1"));
            meetings.addItem(w.m(), p, new ItemInput(ItemKind.NOTE, w.member(), null, null, "Bilaga 2"));
        }
        long m = w.m();
        measure("minutes HTML (assemble + render)", 5, 20,
                () -> documents.html(MinutesDocuments.MINUTES, documents.minutes(m, meeting), false).length());
        measure("minutes PDF/A (assemble + render)", 2, 8,
                () -> documents.pdf(MinutesDocuments.MINUTES, documents.minutes(m, meeting)).length);
        measure("minutes DOCX (assemble + render)", 3, 10,
                () -> docx.minutes(documents.minutes(m, meeting)).length);
    }

    static void measure(String what, int warmUp, int runs, Supplier<Integer> work) {
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
            size = work.get();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = work.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        assertThat(size).isPositive();
        System.out.printf("BENCHMARK %s, %d paragraphs: median %d ms, p95 %d ms, size %d kB%n", what, PARAGRAPHS,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), size / 1024);
    }
}
