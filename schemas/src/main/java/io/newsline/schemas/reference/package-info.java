/**
 * Reference data the contracts' values come from, such as the news agency codes of {@code CleanArticle.agency} and
 * {@code Story.source}. Plain Java, no Kafka: every app and any consumer can use it.
 */
package io.newsline.schemas.reference;
