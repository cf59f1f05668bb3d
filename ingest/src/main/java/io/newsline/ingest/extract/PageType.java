package io.newsline.ingest.extract;

/** Whether a page carries a story. Later stages skip {@link #NOT_ARTICLE} pages but still record them. */
public enum PageType {
    /** A page with a story body. */
    ARTICLE,
    /** An index, navigation-only capture, or a page whose body is empty or too short to be a story. */
    NOT_ARTICLE
}
