package io.newsline.ingest.extract.body;

/** What an element's tag and attributes say about it before its text is looked at. */
enum ElementRole {
    /** Never text of an article: scripts, styles, form controls, embedded media, navigation. */
    SKIP,
    /** Named like boilerplate that never holds the story: comments, share bars, related lists, captions, bylines. */
    BOILERPLATE,
    /**
     * Tagged or named like boilerplate that sometimes wraps the story by accident ({@code <header>}, {@code <form>},
     * hidden, {@code has-sidebar}, {@code ad-wrapper}); kept when it holds much prose.
     */
    SUSPECT,
    /** Named like an article body container ({@code itemprop=articleBody}, {@code article-body}, ...). */
    BODY,
    /** Nothing either way. */
    NEUTRAL
}
