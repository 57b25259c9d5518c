package se.tryggve.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Java Snowball Swedish stemmer gives PostgreSQL's stems (ts_lexize('swedish_stem', …) on PostgreSQL 15). */
class SwedishStemmerTests {

    @Test
    void stemsLikePostgresql() {
        Map<String, String> postgres = Map.ofEntries(Map.entry("tryggheten", "trygg"), Map.entry("trygghet", "trygg"),
                Map.entry("klotter", "klott"), Map.entry("klotterplank", "klotterplank"), Map.entry("kommunens", "kommun"),
                Map.entry("kommunerna", "kommun"), Map.entry("uppföljningen", "uppföljning"),
                Map.entry("uppföljningar", "uppföljning"), Map.entry("brottsförebyggande", "brottsförebygg"),
                Map.entry("sammanträdet", "sammanträdet"), Map.entry("sammanträden", "sammanträd"), Map.entry("fullt", "fullt"),
                Map.entry("hopplöst", "hopplös"), Map.entry("lycklig", "lyck"), Map.entry("vänlig", "vän"),
                Map.entry("anmälningarna", "anmälning"), Map.entry("skolans", "skolan"), Map.entry("barnens", "barn"),
                Map.entry("händelser", "händ"), Map.entry("förvaltningarnas", "förvaltning"), Map.entry("bäddat", "bädd"),
                Map.entry("godtagbart", "godtagbart"), Map.entry("klottret", "klottret"));
        postgres.forEach((word, stem) -> assertThat(SwedishStemmer.stem(word)).as(word).isEqualTo(stem));
    }

    @Test
    void contractedFormsGetTheirBaseForm() {
        assertThat(SwedishText.uncontracted("klottret")).isEqualTo("klotter");
        assertThat(SwedishText.uncontracted("fönstren")).isEqualTo("fönster");
        assertThat(SwedishText.uncontracted("trygghet")).isNull();
        assertThat(SwedishText.stems("klottret")).contains("klott");
        assertThat(SwedishText.stems("tryggheten")).containsExactly("trygg");
        assertThat(SwedishText.stems("och")).isEmpty();
    }

    @Test
    void queriesAreWordsOnlyAndCapped() {
        SearchQuery q = SearchQuery.parse("\"trygghet\" & klotter | !brott:* <-> '; drop table search_entry; -- <b>x</b>");
        assertThat(q.terms()).extracting(SearchQuery.Term::word)
                .containsExactly("trygghet", "klotter", "brott", "drop", "table", "search", "entry", "b");
        SearchQuery long_ = SearchQuery.parse("trygghet ".repeat(2000));
        assertThat(long_.truncated()).isTrue();
        assertThat(long_.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(long_.terms()).hasSize(1);
        assertThat(SearchQuery.parse("&|!:*<->").empty()).isTrue();
        assertThat(SearchQuery.parse(null).empty()).isTrue();
    }
}
