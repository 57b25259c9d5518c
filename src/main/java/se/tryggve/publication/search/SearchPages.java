package se.tryggve.publication.search;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;

/**
 * Full-text search over everything the municipality publishes, without login: the page
 * {@code /kommun/{kod}/sok?q=…} and the same answer as JSON at {@code /kommun/{kod}/sok.json?q=…}. Any input is a
 * normal answer (see {@link SearchQuery}); the page escapes everything it shows.
 */
@Controller
class SearchPages {

    /** A hit as JSON: the snippet as plain text and the words that matched. */
    record JsonHit(String kind, String title, String url, LocalDate published, String snippet, List<String> matched) {
    }

    record JsonResults(String query, boolean truncated, int maxLength, List<JsonHit> results, boolean more) {
    }

    private final SearchIndex index;
    private final Municipalities municipalities;

    SearchPages(SearchIndex index, Municipalities municipalities) {
        this.index = index;
        this.municipalities = municipalities;
    }

    /** The municipality of a four-digit kommunkod; anything else is not found. */
    static Municipality municipality(Municipalities municipalities, String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new NotFoundException("Municipality", "?");
        }
        return municipalities.findByCode(code).orElseThrow(() -> new NotFoundException("Municipality", code));
    }

    @GetMapping("/kommun/{kod}/sok")
    String page(@PathVariable("kod") String kod, @RequestParam(name = "q", required = false) String q, Model model) {
        Municipality mu = municipality(municipalities, kod);
        SearchQuery query = SearchQuery.parse(q);
        model.addAttribute("municipality", mu);
        model.addAttribute("asked", q != null && !q.isBlank());
        model.addAttribute("results", index.search(mu, query));
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        return "publication/search";
    }

    @GetMapping(path = "/kommun/{kod}/sok.json", produces = "application/json")
    @ResponseBody
    JsonResults json(@PathVariable("kod") String kod, @RequestParam(name = "q", required = false) String q) {
        Municipality mu = municipality(municipalities, kod);
        SearchIndex.Results r = index.search(mu, SearchQuery.parse(q));
        return new JsonResults(r.query().text(), r.query().truncated(), SearchQuery.MAX_LENGTH, r.hits().stream()
                .map(h -> new JsonHit(h.kind(), h.title(), h.url(), h.published(), Highlighting.plain(h.snippet()),
                        Highlighting.matchedWords(h.snippet()))).toList(), r.more());
    }
}
