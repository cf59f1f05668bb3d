package io.newsline.enrich;

/**
 * One occurrence of a named entity.
 *
 * @param start       UTF-16 index of the first character, into the article's text (or its title when {@code in} is
 *                    {@link TextField#TITLE})
 * @param end         UTF-16 index one past the last character
 * @param type        the entity class of this occurrence
 * @param text        the surface form, exactly {@code field.substring(start, end)}
 * @param in          which field the offsets point into
 * @param entityIndex index into {@link Enrichment#entities()} of the entity this mention belongs to
 */
public record Mention(int start, int end, EntityType type, String text, TextField in, int entityIndex) {}
