/**
 * Keywords and keyphrases of an article. {@link io.newsline.enrich.keywords.KeywordExtractor} is the seam
 * the enricher calls; {@link io.newsline.enrich.keywords.KeywordRanker#loadDefault()} the bundled
 * implementation. Nothing here imports Kafka.
 */
package io.newsline.enrich.keywords;
