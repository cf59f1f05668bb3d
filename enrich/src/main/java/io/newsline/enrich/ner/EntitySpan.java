package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;

/**
 * A span of text a {@link NerEngine} tagged as a named entity.
 *
 * @param start UTF-16 index of the first character
 * @param end   UTF-16 index one past the last character
 * @param type  the entity class
 */
public record EntitySpan(int start, int end, EntityType type) {
    public EntitySpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
    }
}
