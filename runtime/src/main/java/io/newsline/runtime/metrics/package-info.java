/**
 * Domain metrics shared by the apps, with bounded tag values only: input records by outcome, end-to-end freshness
 * and per-source field completeness.
 */
package io.newsline.runtime.metrics;
