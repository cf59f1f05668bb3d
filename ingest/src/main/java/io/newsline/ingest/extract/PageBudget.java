package io.newsline.ingest.extract;

/**
 * The work one page may cost extraction, so that no page, however it is built, holds a partition for long. What goes
 * past a budget is left out and named in the article's lineage ({@code truncated}); a page of which nothing sensible
 * is left fails as {@link FailureReason#TOO_COMPLEX}. The tree depth is capped apart from these, at 512 levels as
 * browsers cap it ({@link io.newsline.ingest.extract.html.HtmlParsing#MAX_DEPTH}). Immutable.
 *
 * <p>The defaults sit well above real pages: the 1,107 pages of the extraction development sets have at most 9,889
 * elements, 163,118 characters of text and 51 levels (docs/OPERATIONS.md, "Work budget per page").
 *
 * @param maxElements  HTML elements parsed per page; parsing stops there ({@code truncated: elements})
 * @param maxTextChars characters of page text (outside script and style) parsed per page ({@code truncated: text})
 */
public record PageBudget(int maxElements, long maxTextChars) {

    public PageBudget {
        if (maxElements <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("budgets must be positive: " + maxElements + ", " + maxTextChars);
        }
    }

    /** 50,000 elements and 500,000 characters of text. */
    public static PageBudget defaults() {
        return new PageBudget(50_000, 500_000);
    }
}
