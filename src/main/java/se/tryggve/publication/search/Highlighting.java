package se.tryggve.publication.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a text that match the query, as segments that the page renders each with
 * {@code th:text} (escaped) inside or outside {@code <mark>}: the text itself is never treated as markup, so a
 * document title with "&lt;script&gt;" in it shows as those characters.
 */
final class Highlighting {

    /** A piece of text, marked when it is a matched word. */
    record Segment(String text, boolean hit) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int BEFORE = 12;
    private static final int WORDS = 40;

    private Highlighting() {
    }

    static List<Segment> segments(String text, Set<String> stems) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), false));
            }
            out.add(new Segment(m.group(), hit(m.group(), stems)));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }

    private static boolean hit(String word, Set<String> stems) {
        for (String s : SwedishText.stems(word.toLowerCase(SwedishText.SWEDISH))) {
            if (stems.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A window of the text around its first matched word (or its beginning), with "…" where cut. */
    static List<Segment> snippet(String text, Set<String> stems) {
        List<Segment> all = segments(text, stems);
        int first = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).hit()) {
                first = i;
                break;
            }
        }
        // segments alternate word / separator, so two segments are about one word
        int from = Math.max(0, first - 2 * BEFORE);
        int to = Math.min(all.size(), from + 2 * WORDS);
        List<Segment> out = new ArrayList<>();
        if (from > 0) {
            out.add(new Segment("… ", false));
        }
        out.addAll(all.subList(from, to));
        if (to < all.size()) {
            out.add(new Segment(" …", false));
        }
        return out;
    }

    static String plain(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.text()));
        return b.toString().strip();
    }

    static List<String> matchedWords(List<Segment> segments) {
        return segments.stream().filter(Segment::hit).map(Segment::text).distinct().toList();
    }
}
