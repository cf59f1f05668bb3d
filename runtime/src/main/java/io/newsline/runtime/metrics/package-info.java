/**
 * Domain metrics shared by the apps, with bounded tag values only: end-to-end freshness and per-source field
 * completeness.
 */
package io.newsline.runtime.metrics;
