package se.tryggve.publication.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of Swedish text for the search: split into words (letters and digits only — every operator,
 * quote or markup character is a separator), lower-cased, Snowball's Swedish stop words dropped,
 * stemmed. One addition to Snowball: nouns in unstressed -er/-el/-en drop that e when inflected
 * ("klotter" → "klottret", "fönster" → "fönstret", "cykel" → "cykeln"); Snowball (and PostgreSQL's
 * {@code swedish} configuration) stem the two forms differently ("klott" / "klottret"), so each such
 * word is given its uncontracted form as an alternative, on the indexed text and on the query alike.
 */
final class SwedishText {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A consonant, then l, r or n, then an inflection that contracts the -el/-er/-en of the base form. */
    private static final Pattern CONTRACTED = Pattern.compile(
            "(\\p{L}*[^aeiouyäåö\\P{L}])([lrn])(et|en|ets|ens|ar|arna|arnas|er|erna|ernas|na|nas)");
    /** Snowball's Swedish stop words, as PostgreSQL's {@code swedish} configuration drops them. */
    static final Set<String> STOP_WORDS = Set.of("och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den",
            "med", "var", "sig", "för", "så", "till", "är", "men", "ett", "om", "hade", "de", "av", "icke", "mig", "du",
            "henne", "då", "sin", "nu", "har", "inte", "hans", "honom", "skulle", "hennes", "där", "min", "man", "ej",
            "vid", "kunde", "något", "från", "ut", "när", "efter", "upp", "vi", "dem", "vara", "vad", "över", "än", "dig",
            "kan", "sina", "här", "ha", "mot", "alla", "under", "någon", "eller", "allt", "mycket", "sedan", "ju",
            "denna", "själv", "detta", "åt", "utan", "varit", "hur", "ingen", "mitt", "ni", "bli", "blev", "oss", "din",
            "dessa", "några", "deras", "blir", "mina", "samma", "vilken", "er", "sådan", "vår", "blivit", "dess", "inom",
            "mellan", "sådant", "varför", "varje", "vilka", "ditt", "vem", "vilket", "sitta", "sådana", "vart", "dina",
            "vars", "vårt", "våra", "ert", "era", "vilkas");

    private SwedishText() {
    }

    /** The words of a text, lower-case, in order (stop words included). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(SWEDISH));
        }
        return out;
    }

    /** The uncontracted base form of an inflected -el/-er/-en noun ("klottret" → "klotter"), or null. */
    static String uncontracted(String word) {
        Matcher m = CONTRACTED.matcher(word);
        if (!m.matches() || m.group(1).length() < 3) {
            return null;
        }
        return m.group(1) + "e" + m.group(2);
    }

    /** The forms a word may be looked for by: itself and its uncontracted form. */
    static List<String> forms(String word) {
        String base = uncontracted(word);
        return base == null ? List.of(word) : List.of(word, base);
    }

    /** The stems of a word's forms; empty for a stop word. */
    static Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (STOP_WORDS.contains(word)) {
            return out;
        }
        for (String f : forms(word)) {
            out.add(SwedishStemmer.stem(f));
        }
        return out;
    }

    /** Every stem of a text, space-separated with a space at either end, for matching with {@code like '% stem %'}. */
    static String stemLine(String text) {
        Set<String> all = new LinkedHashSet<>();
        for (String w : words(text)) {
            all.addAll(stems(w));
        }
        return " " + String.join(" ", all) + " ";
    }

    /** The text with the uncontracted forms of its words added, for PostgreSQL's {@code to_tsvector('swedish', …)}. */
    static String withBaseForms(String text) {
        Set<String> extra = new LinkedHashSet<>();
        for (String w : words(text)) {
            String base = uncontracted(w);
            if (base != null) {
                extra.add(base);
            }
        }
        return extra.isEmpty() ? text : text + " " + String.join(" ", extra);
    }
}
