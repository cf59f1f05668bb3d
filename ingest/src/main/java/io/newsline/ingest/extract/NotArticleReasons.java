package io.newsline.ingest.extract;

import java.util.Set;

/**
 * The reasons a page is {@link PageType#NOT_ARTICLE}, as {@code pageTypeReason} carries them, shared by the HTML and
 * the flattened-text paths, and which of them say that the page carries no story at all. A page that carries no
 * story gets empty {@code blocks} and {@code text} (its teasers and link texts are other stories' text); a body that
 * is too short, empty or no prose keeps what was found. Besides these, {@code not-prose: ...} carries its detail.
 */
public final class NotArticleReasons {

    /** A stream of other stories' teasers: linked headlines with a line each, or a tag, category or topic page. */
    public static final String SECTION_INDEX = "section-index";
    /** A list of other stories' headlines, each with its own time stamp or date. */
    public static final String HEADLINE_LIST = "headline-list";
    /** A capture of menus and labels alone. */
    public static final String NAVIGATION_ONLY = "navigation-only";
    /** A site's home page, or a page that declares itself a collection, with no story found on it. */
    public static final String INDEX_PAGE = "index-page";
    /** A body shorter than an article. */
    public static final String TOO_SHORT = "too-short";
    /** No body found. */
    public static final String EMPTY_BODY = "empty-body";

    private static final Set<String> STORYLESS = Set.of(SECTION_INDEX, HEADLINE_LIST, NAVIGATION_ONLY, INDEX_PAGE);

    private NotArticleReasons() {}

    /** Whether a page with this reason carries no story, so that its text and blocks are left empty. */
    public static boolean carriesNoStory(String reason) {
        return reason != null && STORYLESS.contains(reason);
    }
}
