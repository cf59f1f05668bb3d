package io.newsline.enrich.keywords;

import java.util.List;

/** Picks a few ranked keywords or keyphrases from a text. Implementations are thread-safe. */
@FunctionalInterface
public interface KeywordExtractor {

    /** @return at most {@code max} keywords, best first */
    List<Keyword> extract(String title, String text, String language, int max);
}
