package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.ids.ArticleIds;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a run of the pipeline over some pages ended with, read back from the topics: each page's decision or dead
 * letter, why the pages that are not articles are not (from the clean articles' {@code pageTypeReason}), and the
 * active stories. {@code newsline demo} prints its stories and closing summary from it. Not thread-safe.
 */
final class DemoResults {

    /** Decisions by article id. */
    final Map<String, ArticleDecision> decisions = new LinkedHashMap<>();
    /** Dead letters of submitted pages, by URL. */
    final Map<String, DeadLetter> deadLetters = new LinkedHashMap<>();
    /** Why each not-article page is not one, by article id. */
    final Map<String, String> notArticleReasons = new LinkedHashMap<>();
    /** Active stories by id, in topic order. */
    final Map<String, Story> stories = new LinkedHashMap<>();

    /**
     * Waits until every URL has its decision or a dead letter (each dead letter printed on {@code err} as it comes),
     * then reads the stories and the not-article reasons, which were committed with or before the decisions.
     *
     * @throws IllegalStateException when some page has neither before the timeout
     */
    static DemoResults collect(NewslineConfig config, List<String> urls, Duration timeout, PrintStream err) {
        DemoResults results = new DemoResults();
        results.awaitDecisions(config, urls, timeout, err);
        TopicCatalogue topics = TopicCatalogue.of(config);
        try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.STORIES)), true)) {
            reader.readToEnd(Duration.ofSeconds(60), r -> {
                if (r.value() == null) {
                    results.stories.remove(r.key());
                } else if (TopicReader.decode(r.topic(), r.value()) instanceof Story s) {
                    results.stories.put(r.key(), s);
                }
            });
        }
        results.stories.values().removeIf(s -> s.getStatus() != StoryStatus.ACTIVE);
        Set<String> notArticles = new HashSet<>();
        results.decisions.values().stream().filter(d -> d.getRelation() == Relation.NOT_ARTICLE)
                .forEach(d -> notArticles.add(d.getArticleId()));
        if (!notArticles.isEmpty()) {
            try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.CLEAN_ARTICLES)), true)) {
                reader.readToEnd(Duration.ofSeconds(60), r -> {
                    if (notArticles.contains(r.key()) && TopicReader.decode(r.topic(), r.value()) instanceof CleanArticle a) {
                        results.notArticleReasons.put(a.getArticleId(),
                                a.getPageTypeReason() == null ? "no reason given" : a.getPageTypeReason());
                    }
                });
            }
        }
        return results;
    }

    /** Waits until every URL has its decision or a dead letter; see {@link #collect}. */
    void awaitDecisions(NewslineConfig config, List<String> urls, Duration timeout, PrintStream err) {
        Map<String, String> urlOfArticle = new HashMap<>();
        urls.forEach(u -> urlOfArticle.put(ArticleIds.of(u), u));
        Set<String> pending = new HashSet<>(urlOfArticle.keySet());
        TopicCatalogue topics = TopicCatalogue.of(config);
        try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.DECISIONS),
                topics.name(Topics.DEAD_LETTERS)), true)) {
            boolean done = reader.pollUntil(timeout, r -> {
                Object value = TopicReader.decode(r.topic(), r.value());
                if (value instanceof ArticleDecision d) {
                    if (pending.remove(d.getArticleId()) || urlOfArticle.containsKey(d.getArticleId())) {
                        decisions.put(d.getArticleId(), d);
                    }
                } else if (value instanceof DeadLetter letter) {
                    String url = letter.getUrl() != null ? letter.getUrl() : r.key();
                    if (url != null && pending.remove(ArticleIds.of(url))) {
                        deadLetters.put(url, letter);
                        err.println("demo: dead letter for " + url + ": " + AvroJson.symbol(letter.getReason()) + ", "
                                + letter.getMessage());
                    }
                }
            }, pending::isEmpty);
            if (!done) {
                throw new IllegalStateException("timed out: " + pending.size() + " pages have no decision yet, e.g. "
                        + urlOfArticle.get(pending.iterator().next()));
            }
        }
    }

    /**
     * The closing summary: pages in, articles, stories, not-articles with their reasons, dead letters with theirs,
     * e.g. {@code 12 pages in (0 refused): 11 articles in 5 stories; 1 not an article (navigation-only);
     * 0 dead letters}.
     */
    String summary(int pagesIn, int refused) {
        long articles = decisions.values().stream().filter(d -> d.getRelation() != Relation.NOT_ARTICLE).count();
        StringBuilder line = new StringBuilder();
        line.append(pagesIn).append(pagesIn == 1 ? " page in" : " pages in");
        if (refused > 0) {
            line.append(" (").append(refused).append(" refused before the topic, see above)");
        }
        line.append(": ").append(articles).append(articles == 1 ? " article in " : " articles in ")
                .append(stories.size()).append(stories.size() == 1 ? " story; " : " stories; ")
                .append(notArticleReasons.size()).append(notArticleReasons.size() == 1 ? " not an article" : " not articles")
                .append(counts(notArticleReasons.values().stream().toList())).append("; ")
                .append(deadLetters.size()).append(deadLetters.size() == 1 ? " dead letter" : " dead letters")
                .append(counts(deadLetters.values().stream().map(d -> AvroJson.symbol(d.getReason())).toList()));
        return line.toString();
    }

    /** " (a, b: 2)" for reasons a, b, b; "" for none. */
    private static String counts(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        Map<String, Integer> byReason = new TreeMap<>();
        reasons.forEach(r -> byReason.merge(r, 1, Integer::sum));
        StringBuilder out = new StringBuilder(" (");
        byReason.forEach((reason, n) -> out.append(out.length() > 2 ? ", " : "").append(reason)
                .append(n > 1 ? String.format(Locale.ROOT, ": %d", n) : ""));
        return out.append(')').toString();
    }
}
