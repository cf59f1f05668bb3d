package io.newsline.enrich.keywords.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.keywords.KeywordRanker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rough check of {@link KeywordRanker} on real articles without keyword labels: most news URLs carry a
 * slug written by an editor ({@code /south-dakota-governor-doubles-down-on-meth-campaign}), so a good
 * keyphrase usually shares a word with it. Reports the share of top-5 keyphrases sharing a word with the
 * slug, and the share of articles whose best keyphrase does; prints a sample. Run by
 * {@code scripts/eval-keywords.sh}.
 *
 * <p>Usage: {@code KeywordsEvaluation GROUND_TRUTH_JSON [SAMPLE_EVERY]}
 */
public final class KeywordsEvaluation {

    private KeywordsEvaluation() {}

    public static void main(String[] args) throws IOException {
        JsonNode gt = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        int sampleEvery = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        KeywordRanker ranker = KeywordRanker.loadDefault();
        int articles = 0;
        int keywords = 0;
        int keywordHits = 0;
        int bestHits = 0;
        int withKeywords = 0;
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); index++) {
            JsonNode article = it.next().getValue();
            String url = article.get("url").asText();
            Set<String> slug = slugWords(url);
            if (slug.size() < 3) {
                continue; // no editor's slug (ids only): nothing to compare with
            }
            articles++;
            List<Keyword> top = ranker.extract("", article.get("articleBody").asText(""), null, 5);
            if (!top.isEmpty()) {
                withKeywords++;
            }
            for (int k = 0; k < top.size(); k++) {
                boolean hit = sharesWord(top.get(k).text(), slug);
                keywords++;
                keywordHits += hit ? 1 : 0;
                if (k == 0 && hit) {
                    bestHits++;
                }
            }
            if (index % sampleEvery == 0) {
                System.out.println(url);
                System.out.println("   " + top.stream().map(k -> k.text() + String.format(Locale.ROOT, " %.2f", k.score()))
                        .toList());
            }
        }
        System.out.printf(Locale.ROOT, "%narticles with a slug: %d, with keywords: %d%n", articles, withKeywords);
        System.out.printf(Locale.ROOT, "top-5 keyphrases sharing a word with the URL slug: %.3f (%d/%d)%n",
                (double) keywordHits / keywords, keywordHits, keywords);
        System.out.printf(Locale.ROOT, "articles whose best keyphrase shares a word with the slug: %.3f (%d/%d)%n",
                (double) bestHits / articles, bestHits, articles);
    }

    private static Set<String> slugWords(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        Set<String> words = new HashSet<>();
        for (String w : path.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !List.of("html", "htm", "php", "news", "article", "articles", "story", "www", "index",
                    "com", "blog", "the", "and", "for", "with").contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean sharesWord(String phrase, Set<String> slug) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && (slug.contains(w) || (w.endsWith("s") && slug.contains(w.substring(0, w.length() - 1)))
                    || slug.contains(w + "s"))) {
                return true;
            }
        }
        return false;
    }
}
