package io.newsline.enrich.link;

/**
 * A gazetteer entry.
 *
 * @param name        the place's standard name
 * @param kind        {@code continent}, {@code country}, {@code admin1} (first-level subdivision) or {@code city}
 * @param countryCode ISO 3166-1 alpha-2 code of the country the place lies in (or is); null for a continent
 * @param geonamesId  GeoNames id, or null
 * @param isoCode     ISO 3166-1 alpha-2 code of a country, ISO 3166-2 code of a subdivision, or null
 */
public record Place(String name, String kind, String countryCode, String geonamesId, String isoCode) {}
