package io.newsline.ingest.extract.html;

import java.io.Reader;
import org.jsoup.nodes.Document;
import org.jsoup.parser.BoundedHtmlTreeBuilder;
import org.jsoup.parser.Parser;

/**
 * Parses HTML as browsers build the tree, within a work budget per page. The depth is capped as WebKit and Chromium
 * cap it: an element deeper than {@link #MAX_DEPTH} is attached to its 512th ancestor, so its text is kept and no
 * walk of the tree goes deeper. Elements and text are budgeted too: parsing stops after {@code maxElements}
 * elements or {@code maxTextChars} characters of text, and the document holds the page up to there. Thread-safe
 * (each call builds its own parser).
 */
public final class HtmlParsing {

    /** The depth WebKit and Chromium cap the DOM at while parsing. */
    public static final int MAX_DEPTH = 512;

    private final int maxElements;
    private final long maxTextChars;

    /**
     * @param maxElements  elements parsed at most per page
     * @param maxTextChars characters of text (outside script and style) parsed at most per page
     */
    public HtmlParsing(int maxElements, long maxTextChars) {
        if (maxElements <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("budgets must be positive");
        }
        this.maxElements = maxElements;
        this.maxTextChars = maxTextChars;
    }

    /**
     * A parsed page and what its budget cut.
     *
     * @param prunedForDepth elements that went past the depth cap (attached to their 512th ancestor)
     * @param stoppedBy      the budget that ended parsing early ({@code elements} or {@code text}), or null
     */
    public record ParsedHtml(Document document, int elements, int prunedForDepth, String stoppedBy) {
        public boolean depthCapped() {
            return prunedForDepth > 0;
        }
    }

    /** @param baseUri the page's address, for resolving relative links */
    public ParsedHtml parse(String html, String baseUri) {
        return parse(html.toCharArray(), html.length(), baseUri);
    }

    /**
     * {@link #parse(String, String)} of the text in {@code chars[0, length)}, read in place (the array must not
     * change while it is parsed). Long raw text (style sheets, scripts) reaches the tree in one string instead of
     * jsoup's chunks ({@link BoundedHtmlTreeBuilder}).
     *
     * @param baseUri the page's address, for resolving relative links
     */
    public ParsedHtml parse(char[] chars, int length, String baseUri) {
        return parse(new BoundedHtmlTreeBuilder.ArrayReader(chars, length), baseUri);
    }

    /**
     * {@link #parse(String, String)} of text read from {@code html} (as jsoup reads a string: through a reader).
     *
     * @param baseUri the page's address, for resolving relative links
     */
    public ParsedHtml parse(Reader html, String baseUri) {
        BoundedHtmlTreeBuilder builder = new BoundedHtmlTreeBuilder(maxElements, maxTextChars);
        Parser parser = new Parser(builder).setMaxDepth(MAX_DEPTH);
        Document document = parser.parseInput(html, baseUri);
        BoundedHtmlTreeBuilder.Budget stopped = builder.stoppedBy();
        return new ParsedHtml(document, builder.elements(), builder.prunedForDepth(),
                stopped == null ? null : stopped.name().toLowerCase(java.util.Locale.ROOT));
    }
}
