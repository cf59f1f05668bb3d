/**
 * Entity linking: place names to GeoNames ids and ISO 3166 codes through a gazetteer generated from openly licensed
 * data ({@code enrich/gazetteer/}), and well-known entities to Wikidata ids through a curated table. Both are
 * resources of this module, loaded once and immutable.
 */
package io.newsline.enrich.link;
