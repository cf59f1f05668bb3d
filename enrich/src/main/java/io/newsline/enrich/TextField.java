package io.newsline.enrich;

/** Which field of an article a {@link Mention}'s offsets point into. */
public enum TextField {
    /** the article's body text */
    TEXT,
    /** the article's headline */
    TITLE
}
