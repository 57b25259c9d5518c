package se.tryggve.followup;

import java.util.List;

/**
 * A section of the follow-up report that another module supplies, e.g. the follow-up of the graffiti
 * guideline from the incident register. Only plain blocks, so every report format can render it.
 */
public record GuidelineSection(String title, List<Block> blocks) {

    public GuidelineSection {
        blocks = List.copyOf(blocks);
    }

    /** A piece of a guideline section. */
    public sealed interface Block permits Text, Table {
    }

    /** A paragraph of text (line breaks kept). */
    public record Text(String text) implements Block {
    }

    /** A table with column headings; {@code caption} names it for screen readers and in the PDF. */
    public record Table(String caption, List<String> headings, List<List<String>> rows) implements Block {
        public Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
