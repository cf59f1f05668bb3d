/**
 * Near-duplicate matching of articles: which articles are syndicated copies of one another (the same wire text,
 * possibly edited or truncated) and which merely report the same event.
 *
 * <p>The flow is {@link io.newsline.publish.match.Fingerprinter} (text to a compact
 * {@link io.newsline.publish.match.Fingerprint}), LSH {@link io.newsline.publish.match.BandKey}s to find candidates
 * (the {@link io.newsline.publish.match.BandIndex}, over any {@link io.newsline.publish.match.ByteStore}: the
 * application's state stores or an {@link io.newsline.publish.match.InMemoryByteStore}; the keys of a text's first
 * long sentences are filed there too), then {@link io.newsline.publish.match.Matcher#verify} on the two fingerprints
 * alone, which returns a {@link io.newsline.publish.match.MatchVerdict}: MinHash resemblance and containment, and
 * the {@link io.newsline.publish.match.SentenceAlignment} of the texts' first sentences
 * ({@link io.newsline.publish.match.SentencePrints}), which finds excerpts and copies with edited figures and days
 * and keeps templated bulletins apart. {@link io.newsline.publish.match.WireSource} names the agency a
 * story comes from given its members' credits.
 *
 * <p>Plain Java: nothing here imports Kafka. Fingerprints are values with a byte form, so the stream application can
 * keep them in state stores and use band keys as record keys.
 */
package io.newsline.publish.match;
