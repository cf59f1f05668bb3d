package io.newsline.ingest.extract;

import io.newsline.ingest.extract.body.PageRoles;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the main text of a parsed HTML page: the article body as blocks, without navigation, related-story lists,
 * share bars, comments and footers. Implementations must be thread-safe and must not modify the document.
 */
@FunctionalInterface
public interface BodyExtractor {

    /**
     * @param document the parsed page, with its base URI set to the page's URL
     * @return the main text in reading order; empty when the page has none
     */
    List<Block> extractBody(Document document);

    /**
     * The same, told what earlier passes over the page found of its elements and keeping what it finds for later
     * ones (the teaser-stream check reads the same elements): an extractor that keeps nothing ignores {@code roles}.
     */
    default List<Block> extractBody(Document document, PageRoles roles) {
        return extractBody(document);
    }
}
