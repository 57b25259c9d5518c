package se.tryggve.prevention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.tryggve.followup.GuidelineSection;
import se.tryggve.followup.GuidelineSectionProvider;

/**
 * The section "Uppföljning av riktlinjen mot våldsbejakande extremism" of the yearly follow-up report:
 * the year's figures of the whole municipality beside the earlier years', and the narratives. The
 * report is published (annex to a decision, a public document), so every count goes through
 * {@link PublishedCount}: 1–4 read "färre än 5". No difference between years is printed, since it
 * would give a suppressed count away.
 * <p>
 * The section is added to the report of every follow-up of the municipality for a year that has
 * figures here; a year without figures gets no section (there is nothing to follow up).
 */
@Component
@Order(200)
class ExtremismSection implements GuidelineSectionProvider {

    /** Columns of the comparison table: the report's year and at most three before it, so it fits an A4 page. */
    static final int YEARS_SHOWN = 4;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final PreventionFollowUps followUps;
    private final MessageSource messages;

    ExtremismSection(PreventionFollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @Override
    public List<GuidelineSection> sectionsFor(long municipalityId, long documentId, int year) {
        List<PublishedYear> years = followUps.publishedYearsUpTo(municipalityId, year);
        if (years.isEmpty() || years.get(years.size() - 1).year() != year) {
            return List.of();
        }
        if (years.size() > YEARS_SHOWN) {
            years = years.subList(years.size() - YEARS_SHOWN, years.size());
        }
        PublishedYear thisYear = years.get(years.size() - 1);
        List<GuidelineSection.Block> blocks = new ArrayList<>();
        blocks.add(new GuidelineSection.Text(text("prevention.section.intro", PublishedCount.THRESHOLD)));

        List<String> headings = new ArrayList<>();
        headings.add(text("prevention.section.measure"));
        years.forEach(y -> headings.add(String.valueOf(y.year())));
        List<List<String>> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            List<String> row = new ArrayList<>();
            row.add(text(measure.labelKey()));
            years.forEach(y -> row.add(shown(y.count(measure))));
            rows.add(row);
        }
        blocks.add(new GuidelineSection.Table(text("prevention.section.caption", String.valueOf(year)), headings, rows));

        if (thisYear.narratives().isEmpty()) {
            blocks.add(new GuidelineSection.Text(text("prevention.section.noNarrative")));
        }
        for (PublishedYear.Narrative n : thisYear.narratives()) {
            blocks.add(new GuidelineSection.Text(n.unit() == null ? n.text() : n.unit() + ": " + n.text()));
        }
        return List.of(new GuidelineSection(text("prevention.section.title"), blocks));
    }

    /** A published count in the report's words: the number, "färre än 5" or "uppgift saknas". */
    String shown(PublishedCount c) {
        if (c.suppressed()) {
            return text("prevention.suppressed", PublishedCount.THRESHOLD);
        }
        if (c.missing()) {
            return text("prevention.missing");
        }
        return String.valueOf(c.value());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }
}
