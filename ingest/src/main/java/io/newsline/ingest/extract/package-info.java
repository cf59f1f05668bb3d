/**
 * Article extraction: raw page bytes (HTML or flattened page text) to a clean article with its main text and
 * metadata. Plain Java and jsoup; this package and its sub-packages import nothing from Kafka, so they are tested
 * with strings and saved pages and reused offline by {@code newsline extract}.
 */
package io.newsline.ingest.extract;
