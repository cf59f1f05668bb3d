package io.newsline.enrich.link;

import java.util.Map;

/**
 * What {@link EntityLinker} found for a name.
 *
 * @param ids          identifiers by scheme: {@code geonames}, {@code iso3166}, {@code wikidata}
 * @param linkedBy     {@code gazetteer}, {@code curated} or {@code gazetteer+curated}
 * @param countryCode  ISO 3166-1 alpha-2 code of the country a place lies in (or is), or null
 * @param standardName the name the source gives, e.g. {@code Nay Pyi Taw} for {@code Naypyidaw}
 */
public record EntityLink(Map<String, String> ids, String linkedBy, String countryCode, String standardName) {
    public EntityLink {
        ids = Map.copyOf(ids);
    }
}
