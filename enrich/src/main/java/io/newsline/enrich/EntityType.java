package io.newsline.enrich;

/** The coarse entity classes of the CoNLL-2003 scheme, which the entity model is trained on. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
