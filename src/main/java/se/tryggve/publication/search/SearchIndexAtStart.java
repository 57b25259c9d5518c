package se.tryggve.publication.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Builds the search index of every municipality at start, after the demo data (orders 60–66) is in. */
@Component
@Order(90)
class SearchIndexAtStart implements ApplicationRunner {

    private final SearchIndex index;

    SearchIndexAtStart(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.rebuildAll();
    }
}
