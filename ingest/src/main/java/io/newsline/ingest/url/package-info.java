/** URL normalisation and article ids. No Kafka. */
package io.newsline.ingest.url;
