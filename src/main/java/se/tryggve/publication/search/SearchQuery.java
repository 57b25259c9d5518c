package se.tryggve.publication.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What someone typed into the search box, made safe: capped at {@link #MAX_LENGTH} characters (the page says
 * so), split into words of letters and digits — quotes, operators ({@code & | ! :* <->}), SQL and markup are
 * separators and never reach the database as syntax — at most {@link #MAX_TERMS} words, all of which must match.
 *
 * @param text      the query as searched for (after the cap), shown back on the page
 * @param truncated whether the input was longer than the cap
 * @param terms     the words looked for; empty when nothing searchable was typed
 */
record SearchQuery(String text, boolean truncated, List<Term> terms) {

    static final int MAX_LENGTH = 200;
    static final int MAX_TERMS = 8;

    /** A word of the query, its forms (for PostgreSQL's own stemming) and their Java stems (for H2 and highlighting). */
    record Term(String word, List<String> forms, Set<String> stems) {
    }

    static SearchQuery parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean truncated = text.length() > MAX_LENGTH;
        if (truncated) {
            // cut at the last space before the cap, so that no half word is searched for
            int space = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, space > 0 ? space : MAX_LENGTH).strip();
        }
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String w : SwedishText.words(text)) {
            Set<String> stems = SwedishText.stems(w);
            if (stems.isEmpty() || !seen.add(w) || w.length() > 60) {
                continue;
            }
            if (terms.size() == MAX_TERMS) {
                break;
            }
            terms.add(new Term(w, SwedishText.forms(w), stems));
        }
        return new SearchQuery(text, truncated, List.copyOf(terms));
    }

    boolean empty() {
        return terms.isEmpty();
    }

    /** Every stem of the query, for highlighting. */
    Set<String> allStems() {
        Set<String> out = new LinkedHashSet<>();
        terms.forEach(t -> out.addAll(t.stems()));
        return out;
    }
}
