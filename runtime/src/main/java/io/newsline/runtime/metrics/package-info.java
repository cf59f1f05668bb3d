/**
 * Domain metrics every app records, with bounded tag values only: input records by outcome. Metrics only one app
 * records live in that app (ingest's field completeness, publish's freshness).
 */
package io.newsline.runtime.metrics;
