package io.newsline.ingest.extract.meta;

import io.newsline.ingest.extract.html.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the standfirst a page marks in its markup rather than in its meta tags: microdata
 * ({@code itemprop=alternativeHeadline} or {@code description} on a visible element) or an element whose class
 * names it ({@code standfirst}, {@code dek}, {@code subtitle}, {@code strapline}, {@code chapo}, ...). Stateless and
 * thread-safe.
 */
final class Standfirst {

    static final Evaluator MARKED = QueryParser.parse("[itemprop=alternativeHeadline], "
            + "[itemprop=description]:not(meta), "
            + "[class~=(?i)(^|[-_])(standfirst|dek|deck|subtitle|sub-title|subheadline|sub-headline|subhead|strapline|"
            + "chapo|lede|article-summary|story-summary)($|[-_])]");
    /** Words one of which every class the selector reads holds; its other subjects carry {@code itemprop}. */
    private static final NameWords.Words CLASS_WORDS = new NameWords.Words("standfirst", "dek", "deck", "subtitle",
        "sub-title", "subhead",
        "sub-head", "strapline", "chapo", "lede", "summary");
    private static final int MIN_CHARS = 30;
    private static final int MAX_CHARS = 600;

    private Standfirst() {}

    /** The first marked standfirst of a plausible length, its text with spaces normalised, or null. */
    static String find(PageElements page) {
        if (page.doc.body() == null) {
            return null;
        }
        for (Element e : page.select(MARKED, Standfirst::mayBeMarked, true)) {
            // read no further than a standfirst can run: nested marked elements each hold the text below them
            if (TextLength.exceeds(e, MAX_CHARS)
                    || e.normalName().equals("a") || e.closest("a, nav, footer, aside") != null) {
                continue;
            }
            String text = Titles.normaliseSpace(e.text());
            if (text.length() >= MIN_CHARS && text.length() <= MAX_CHARS) {
                return text;
            }
        }
        return null;
    }

    /**
     * A necessary condition for {@link #MARKED} on an element, checked before it: the selector's unanchored
     * expression on every element's class was most of what finding the standfirst cost.
     */
    static boolean mayBeMarked(Element e) {
        return e.attributesSize() > 0 && mayBeMarked(PageElements.Named.of(e));
    }

    /** {@link #mayBeMarked(Element)} of an element with attributes, from the values {@link PageElements} read. */
    static boolean mayBeMarked(PageElements.Named e) {
        return e.itemprop() != null || NameWords.mayHold(e.classOrEmpty(), CLASS_WORDS);
    }
}
