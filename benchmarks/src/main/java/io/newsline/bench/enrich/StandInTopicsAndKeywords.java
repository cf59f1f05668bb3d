package io.newsline.bench.enrich;

import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.keywords.KeywordExtractor;
import io.newsline.enrich.topics.TopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Simple stand-ins for the topic classifier and keyword extractor, so the enrichment benchmark measures the whole
 * flow when the real implementations are not wired in: one pass over the words of title and text each, a lexicon
 * vote for topics and word frequencies for keywords. Thread-safe.
 */
final class StandInTopicsAndKeywords {

    private static final Map<String, TopicScore> LEXICON = Map.of(
            "election", new TopicScore("11000000", "politics", 1, 1),
            "minister", new TopicScore("11000000", "politics", 1, 1),
            "president", new TopicScore("11000000", "politics", 1, 1),
            "market", new TopicScore("04000000", "economy, business and finance", 1, 1),
            "shares", new TopicScore("04000000", "economy, business and finance", 1, 1),
            "game", new TopicScore("15000000", "sport", 1, 1),
            "season", new TopicScore("15000000", "sport", 1, 1),
            "scientists", new TopicScore("13000000", "science and technology", 1, 1),
            "police", new TopicScore("02000000", "crime, law and justice", 1, 1));
    private static final Set<String> STOPWORDS = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "is", "was",
            "are", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "as", "he", "she", "they",
            "said", "says", "but", "not", "will", "would", "his", "her", "their", "which", "who");

    private StandInTopicsAndKeywords() {}

    static final TopicClassifier TOPICS = StandInTopicsAndKeywords::classify;
    static final KeywordExtractor KEYWORDS = StandInTopicsAndKeywords::extract;

    private static List<TopicScore> classify(TopicInput input) {
        Map<TopicScore, Integer> votes = new HashMap<>();
        for (String word : words(input.title() + " " + input.text())) {
            TopicScore topic = LEXICON.get(word);
            if (topic != null) {
                votes.merge(topic, 1, Integer::sum);
            }
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        List<TopicScore> result = new ArrayList<>();
        votes.entrySet().stream().sorted(Map.Entry.<TopicScore, Integer>comparingByValue().reversed())
                .forEach(e -> result.add(new TopicScore(e.getKey().id(), e.getKey().label(), 1,
                        (double) e.getValue() / total)));
        return result;
    }

    private static List<Keyword> extract(String title, String text, String language, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words(title + " " + text)) {
            if (word.length() > 3 && !STOPWORDS.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(e -> new Keyword(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

}
