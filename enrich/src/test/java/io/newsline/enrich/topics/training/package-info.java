/**
 * Training and by-source evaluation of the level-1 topic model: reads the labelled news of
 * {@code ../shared/topics-train} and the bundled material, trains a logistic regression over hashed features,
 * scores each source with a model trained without it, calibrates and writes {@code topic-model.bin}, and the
 * news-section model of short English text, {@code section-model.bin} ({@code SectionTraining}).
 * Tooling run by {@code scripts/train-topics.sh}; the running application never calls it.
 */
package io.newsline.enrich.topics.training;
