package io.newsline.ingest.extract.body;

import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The second answer for a page's body: the article as Readability gives it (Arc90 candidate scoring and clean-up,
 * as Mozilla's Readability.js does it; the Kotlin port Readability4J, Apache-2.0), cut into blocks by the same
 * {@link BlockCollector} as the rules' answer, so both answers have the same block kinds and can be compared.
 * Readability's own clean-up decides what inside its choice is boilerplate; the rules' names for boilerplate are
 * not applied again (that made its answer a copy of the rules' on the pages where the rules fail: docs/QUALITY.md).
 * Readability rewrites the document it reads, so it reads a clone of the parsed page; the page is parsed once.
 *
 * <p>Thread-safe: stateless; per-call state lives in per-call objects. The document is never modified.
 */
final class ReadabilityAnswer {

    /** Readability resolves relative links against the page address; a page without one gets this. */
    private static final String NO_ADDRESS = "http://localhost/";

    /**
     * The raw blocks of Readability's answer, in page order; none when Readability finds nothing or fails on the
     * page (it is a second opinion: a failure leaves the rules' answer in place).
     */
    List<BlockCollector.RawBlock> collect(Document document) {
        Document copy = document.clone();
        String address = document.location();
        Element content;
        try {
            Article article = new Readability4J(address == null || address.isBlank() ? NO_ADDRESS : address, copy)
                    .parse();
            content = article.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
        if (content == null) {
            return List.of();
        }
        return new BlockCollector(new ElementClassifier(), Set.of()).collect(content);
    }
}
