package io.newsline.enrich.link;

import io.newsline.enrich.EntityType;
import io.newsline.schemas.reference.DataFiles;
import java.util.HashMap;
import java.util.Map;

/**
 * The curated entity table ({@code curated-entities.tsv}): Wikidata ids of entities news mentions often, found by
 * type and normalised name or alias. Immutable and thread-safe.
 */
public final class CuratedEntities {

    static final String RESOURCE = "/io/newsline/enrich/link/curated-entities.tsv";

    /** A row of the table. */
    public record CuratedEntity(EntityType type, String name, String wikidataId) {}

    private final Map<String, CuratedEntity> byTypeAndName;

    private CuratedEntities(Map<String, CuratedEntity> byTypeAndName) {
        this.byTypeAndName = byTypeAndName;
    }

    /** Loads the table shipped with this library. */
    public static CuratedEntities load() {
        Map<String, CuratedEntity> table = new HashMap<>();
        for (String line : DataFiles.lines(CuratedEntities.class, RESOURCE)) {
            String[] f = line.split("\t", -1);
            EntityType type = EntityType.valueOf(f[0]);
            CuratedEntity entity = new CuratedEntity(type, f[1], f[2].equals("-") ? null : f[2]);
            table.put(key(type, f[1]), entity);
            if (f.length > 3 && !f[3].isBlank()) {
                for (String alias : f[3].split("\\|")) {
                    table.putIfAbsent(key(type, alias), entity);
                }
            }
        }
        return new CuratedEntities(table);
    }

    private static String key(EntityType type, String name) {
        return type.name() + ':' + PlaceNames.normalise(name);
    }

    /** @return the row for that name and type, or null */
    public CuratedEntity find(String name, EntityType type) {
        return byTypeAndName.get(key(type, name));
    }
}
