/**
 * Logging configuration support for every newsline process: log4j2 plugins that {@code log4j2.xml} (in this
 * module's resources) uses to keep known, harmless Kafka messages out of the logs.
 */
package io.newsline.runtime.logging;
