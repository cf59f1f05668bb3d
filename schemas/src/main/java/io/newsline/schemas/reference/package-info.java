/**
 * Reference data the contracts' values come from, such as the news agency codes of {@code CleanArticle.agency} and
 * {@code Story.source}, and {@link io.newsline.schemas.reference.DataFiles}, the one reader of the data files every
 * module ships (one rule for comments, blank lines and missing files). Plain Java, no Kafka: every app and any
 * consumer can use it.
 */
package io.newsline.schemas.reference;
