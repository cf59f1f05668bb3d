/** The enrich stream app: its definition, topology and the mapping from enrichment to the EnrichedArticle contract. */
package io.newsline.enrich.app;
