package io.newsline.ingest.extract.body;

/** What an element's tag and attributes say about it before its text is looked at. */
enum ElementRole {
    /** Never text of an article: scripts, styles, form controls, embedded media, navigation. */
    SKIP,
    /** Named or tagged like boilerplate (share bar, related list, caption, footer); kept only if it holds much prose. */
    BOILERPLATE,
    /** Named like an article body container ({@code itemprop=articleBody}, {@code article-body}, ...). */
    BODY,
    /** Nothing either way. */
    NEUTRAL
}
