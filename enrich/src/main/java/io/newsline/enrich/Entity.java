package io.newsline.enrich;

import java.util.Map;

/**
 * One named entity of an article: its mentions merged ("Putin" and "Vladimir Putin" are one person).
 *
 * @param canonicalName the fullest name the article uses, e.g. {@code Vladimir Putin}
 * @param type          the entity class
 * @param ids           identifiers by scheme, e.g. {@code geonames -> 524901}, {@code iso3166 -> RU},
 *                      {@code wikidata -> Q159}; empty when not linked
 * @param linkedBy      what supplied the ids: {@code gazetteer} (GeoNames and ISO 3166 place data), {@code curated}
 *                      (the curated entity table), {@code gazetteer+curated}, or null when not linked
 * @param countryCode   ISO 3166-1 alpha-2 code of the country a linked place lies in (or is), else null
 * @param salience      the entity's share of the article's weighted mentions, in (0, 1]; title mentions weigh three
 *                      times and lead mentions twice as much as later ones; the shares of an article sum to 1
 * @param count         number of mentions in title and text
 * @param firstOffset   UTF-16 offset of the first mention in the text, or -1 when only the title mentions it
 */
public record Entity(
        String canonicalName,
        EntityType type,
        Map<String, String> ids,
        String linkedBy,
        String countryCode,
        double salience,
        int count,
        int firstOffset) {
    public Entity {
        ids = Map.copyOf(ids);
    }
}
