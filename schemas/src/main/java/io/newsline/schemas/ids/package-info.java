/**
 * Ids that are part of the contract: how an article id is derived from the URL a page was fetched at. Producers
 * (ingest) and readers (publish's lookup by URL, downstream consumers) derive the same id. No Kafka.
 */
package io.newsline.schemas.ids;
