/**
 * Article enrichment: a clean article in, its named entities (with offsets, merged per article and linked to
 * GeoNames, ISO 3166 and Wikidata), IPTC Media Topics and keywords out. {@link io.newsline.enrich.ArticleEnricher}
 * is the entry point; the records of this package are its input and output. Plain Java: this package and its
 * sub-packages import nothing from Kafka, so the enrich app, {@code newsline enrich} and tests call it alike.
 */
package io.newsline.enrich;
