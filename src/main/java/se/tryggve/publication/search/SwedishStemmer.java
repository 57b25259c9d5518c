package se.tryggve.publication.search;

import java.util.Comparator;
import java.util.List;

/**
 * The Snowball stemmer for Swedish (snowballstem.org, "swedish.sbl"), the algorithm PostgreSQL's
 * {@code swedish} text-search configuration uses, written out in Java so that the search works the same
 * way on H2: "tryggheten" and "trygghet" both become "trygg". Three steps on the word's region R1
 * (after the first consonant that follows a vowel, at least three letters in): remove the main suffix,
 * undouble a final consonant pair, remove a derivational suffix.
 */
final class SwedishStemmer {

    private static final String VOWELS = "aeiouyäåö";
    private static final String S_ENDING = "bcdfghjklmnoprtvy";
    private static final List<String> MAIN_SUFFIXES = byLengthDescending(List.of("a", "arna", "erna", "heterna", "orna",
            "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter",
            "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet",
            "het", "ast", "s"));
    private static final List<String> CONSONANT_PAIRS = List.of("dd", "gd", "nn", "dt", "gt", "kt", "tt");
    private static final List<String> OTHER_SUFFIXES = byLengthDescending(List.of("lig", "ig", "els", "löst", "fullt"));

    private SwedishStemmer() {
    }

    private static List<String> byLengthDescending(List<String> suffixes) {
        return suffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        int p1 = r1(word);
        StringBuilder w = new StringBuilder(word);
        mainSuffix(w, p1);
        consonantPair(w, p1);
        otherSuffix(w, p1);
        return w.toString();
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** The start of R1: after the first non-vowel that follows a vowel, but at least 3. */
    static int r1(String w) {
        int i = 0;
        while (i < w.length() && !vowel(w.charAt(i))) {
            i++;
        }
        while (i < w.length() && vowel(w.charAt(i))) {
            i++;
        }
        int p1 = i < w.length() ? i + 1 : w.length();
        return Math.max(p1, Math.min(3, w.length()));
    }

    /** The longest suffix of the list that lies wholly in R1, or null. */
    private static String longest(StringBuilder w, int p1, List<String> suffixes) {
        String s = w.toString();
        for (String suffix : suffixes) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= p1) {
                return suffix;
            }
        }
        return null;
    }

    private static void mainSuffix(StringBuilder w, int p1) {
        String suffix = longest(w, p1, MAIN_SUFFIXES);
        if (suffix == null) {
            return;
        }
        if (suffix.equals("s")) {
            // "s" goes only after a valid s-ending (the letter before it may lie outside R1)
            if (w.length() >= 2 && S_ENDING.indexOf(w.charAt(w.length() - 2)) >= 0) {
                w.setLength(w.length() - 1);
            }
            return;
        }
        w.setLength(w.length() - suffix.length());
    }

    private static void consonantPair(StringBuilder w, int p1) {
        String s = w.toString();
        for (String pair : CONSONANT_PAIRS) {
            if (s.endsWith(pair) && s.length() - 2 >= p1) {
                w.setLength(w.length() - 1);
                return;
            }
        }
    }

    private static void otherSuffix(StringBuilder w, int p1) {
        String suffix = longest(w, p1, OTHER_SUFFIXES);
        if (suffix == null) {
            return;
        }
        switch (suffix) {
            case "löst" -> w.setLength(w.length() - 1);
            case "fullt" -> w.setLength(w.length() - 1);
            default -> w.setLength(w.length() - suffix.length());
        }
    }
}
