/**
 * Topics of an article as IPTC Media Topics.
 *
 * <p>{@link io.newsline.enrich.topics.TopicClassifier} is the seam the enricher calls;
 * {@link io.newsline.enrich.topics.IptcTopicClassifier#loadDefault()} is the bundled implementation and
 * {@link io.newsline.enrich.topics.IptcTaxonomy} the vocabulary it assigns from (IPTC, CC BY 4.0).
 * Nothing here imports Kafka.
 */
package io.newsline.enrich.topics;
