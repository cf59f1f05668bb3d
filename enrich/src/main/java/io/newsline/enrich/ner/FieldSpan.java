package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;

/**
 * A tagged span in one field of an article, with its surface text; what the per-document steps pass along.
 *
 * @param in    the field the offsets point into
 * @param start UTF-16 start index
 * @param end   UTF-16 end index (exclusive)
 * @param type  the entity class
 * @param text  exactly the field's substring {@code [start, end)}
 */
public record FieldSpan(TextField in, int start, int end, EntityType type, String text) {

    /** @return this span with another type */
    public FieldSpan withType(EntityType newType) {
        return new FieldSpan(in, start, end, newType, text);
    }
}
