package io.newsline.enrich.keywords;

/**
 * A keyword or keyphrase of a text.
 *
 * @param text  the phrase as it appears in the text (first occurrence's casing)
 * @param score relevance; higher is better, comparable within one text
 */
public record Keyword(String text, double score) {}
