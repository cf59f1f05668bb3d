package io.newsline.ingest.extract;

import java.util.Objects;

/**
 * One block of an article's main text: a paragraph, a heading, a list item or a block quote.
 * Immutable and thread-safe.
 *
 * @param kind what the block is in the article's structure
 * @param text the block's text, whitespace-normalised, never blank
 */
public record Block(BlockKind kind, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }
}
