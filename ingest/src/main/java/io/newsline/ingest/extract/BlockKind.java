package io.newsline.ingest.extract;

/** The structural role of a {@link Block} in an article's main text. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE
}
