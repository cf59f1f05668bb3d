/** Reading raw-page records (Avro or JSON) into {@link io.newsline.schemas.RawPage}. No Kafka. */
package io.newsline.ingest.raw;
