package io.newsline.ingest.extract.body;

import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The second answer for a page's body: the article as Readability gives it (Arc90 candidate scoring and clean-up,
 * as Mozilla's Readability.js does it; the Kotlin port Readability4J, Apache-2.0), cut into blocks by the same
 * {@link BlockCollector} as the rules' answer, so both answers have the same block kinds and can be compared.
 * Readability's own clean-up decides what inside its choice is boilerplate; the rules' names for boilerplate are
 * not applied again (that made its answer a copy of the rules' on the pages where the rules fail: docs/QUALITY.md).
 * Readability rewrites the document it reads, so it reads a clone of the parsed page; the page is parsed once.
 *
 * <p>Readability's passes grow faster than the page: on 2,000 nested elements, or 5,000 links, it takes seconds
 * where the rules take milliseconds. So it reads only pages of at most {@value #MAX_ELEMENTS} elements,
 * {@value #MAX_LINKS} links and {@value #MAX_DEPTH} levels (the 1,107 pages of the extraction development sets have
 * at most 9,889 elements and 51 levels; a page with more links whose rules find no story is a hub of links, not an
 * article); on other pages there is no second answer.
 *
 * <p>Thread-safe: stateless; per-call state lives in per-call objects. The document is never modified.
 */
final class ReadabilityAnswer {

    /** Readability resolves relative links against the page address; a page without one gets this. */
    private static final String NO_ADDRESS = "http://localhost/";
    /** The most elements of a page Readability reads. */
    static final int MAX_ELEMENTS = 5_000;
    /** The most links ({@code <a>} elements) of a page Readability reads. */
    static final int MAX_LINKS = 1_000;
    /** The deepest page Readability reads, in levels of elements. */
    static final int MAX_DEPTH = 64;

    /**
     * The raw blocks of Readability's answer, in page order; none when Readability finds nothing or fails on the
     * page (it is a second opinion: a failure leaves the rules' answer in place).
     */
    List<BlockCollector.RawBlock> collect(Document document) {
        if (!withinBudget(document)) {
            return List.of();
        }
        Document copy = withoutUserData(document.clone());
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

    /** jsoup's key of the map that keeps, among an element's attributes, what it caches (its list of children). */
    private static final String USER_DATA = "/jsoup.userdata";

    /**
     * The copy without what jsoup cached in the page's elements. Once an element has listed its children, jsoup keeps
     * the list in the element's attributes; a copy of the page carries that map along, and Readability, which moves
     * elements and their attributes about, then read lists that no longer held (one CleanEval page's answer differed
     * with what other steps had asked of the page before). Readability asks afresh of every element without it.
     */
    static Document withoutUserData(Document copy) {
        for (Element element : copy.getAllElements()) {
            element.attributes().remove(USER_DATA);
        }
        return copy;
    }

    /** Whether the page is within Readability's budget of elements, links and levels; stops at the first excess. */
    static boolean withinBudget(Document document) {
        int[] counts = {0, 0};
        NodeFilter.FilterResult last = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                boolean over = ++counts[0] > MAX_ELEMENTS || depth > MAX_DEPTH
                        || element.normalName().equals("a") && ++counts[1] > MAX_LINKS;
                return over ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, document);
        return last != NodeFilter.FilterResult.STOP;
    }
}
