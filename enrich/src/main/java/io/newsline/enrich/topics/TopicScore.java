package io.newsline.enrich.topics;

/**
 * One IPTC Media Topic assigned to a text.
 *
 * @param id    IPTC Media Topic id, e.g. {@code 11000000}
 * @param label the English (en-GB) label, e.g. {@code politics}
 * @param level 1 for top-level topics, 2 for their children, and so on
 * @param score confidence in [0, 1]; higher is better
 */
public record TopicScore(String id, String label, int level, double score) {}
