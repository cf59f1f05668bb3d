package io.newsline.enrich.link;

import io.newsline.enrich.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Links entity names to stable identifiers: places to GeoNames ids and ISO 3166 codes through the {@link Gazetteer},
 * and entities of the {@link CuratedEntities} table to Wikidata ids. Only {@link EntityType#LOCATION} names are looked
 * up in the gazetteer: a person or company named like a town ("Paris Hilton") must not become a place.
 * Immutable and thread-safe.
 */
public final class EntityLinker {

    private static final Set<String> HOME_NATIONS = Set.of("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR");

    private final Gazetteer gazetteer;
    private final CuratedEntities curated;

    public EntityLinker(Gazetteer gazetteer, CuratedEntities curated) {
        this.gazetteer = gazetteer;
        this.curated = curated;
    }

    /** @return a linker over the gazetteer and curated table shipped with this library */
    public static EntityLinker standard() {
        return new EntityLinker(Gazetteer.load(), CuratedEntities.load());
    }

    /**
     * @param name a surface or canonical name, e.g. {@code Moscow} or {@code the U.S.}
     * @return the link, or null when neither source knows the name for that type
     */
    public EntityLink link(String name, EntityType type) {
        String bare = withoutArticle(name);
        Map<String, String> ids = new LinkedHashMap<>();
        String linkedBy = null;
        String countryCode = null;
        String standardName = null;
        if (type == EntityType.LOCATION) {
            Place place = gazetteer.find(bare);
            if (place != null) {
                if (place.geonamesId() != null) {
                    ids.put("geonames", place.geonamesId());
                }
                if (place.isoCode() != null) {
                    ids.put("iso3166", place.isoCode());
                }
                countryCode = place.countryCode();
                standardName = place.name();
                linkedBy = "gazetteer";
            }
        }
        CuratedEntities.CuratedEntity row = curated.find(bare, type);
        if (row != null && row.wikidataId() != null) {
            ids.put("wikidata", row.wikidataId());
            linkedBy = linkedBy == null ? "curated" : linkedBy + "+curated";
            if (standardName == null) {
                standardName = row.name();
            }
        }
        return linkedBy == null ? null : new EntityLink(ids, linkedBy, countryCode, standardName);
    }

    /**
     * @param name a place name as written, in any case
     * @return whether the gazetteer's place of that name is a country or one of the United Kingdom's four nations
     *     (the places that field national sports teams)
     */
    public boolean isNation(String name) {
        Place place = gazetteer.find(withoutArticle(name));
        if (place == null || place.isoCode() == null) {
            return false;
        }
        return "country".equals(place.kind()) || HOME_NATIONS.contains(place.isoCode());
    }

    private static String withoutArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }
}
