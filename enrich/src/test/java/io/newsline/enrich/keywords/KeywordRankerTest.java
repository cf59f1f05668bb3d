package io.newsline.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordRankerTest {

    private static final KeywordRanker RANKER = KeywordRanker.loadDefault();

    @Test
    void seedArticleKeywordsNameItsSubjects() {
        TestArticles.Seed seed = TestArticles.seed();
        List<Keyword> keywords = RANKER.extract(seed.title(), seed.text(), "en", 8);
        assertThat(keywords).hasSizeLessThanOrEqualTo(8).extracting(Keyword::text)
                .contains("Myanmar", "Putin", "Russia", "Min Aung Hlaing");
        assertThat(keywords.get(0).score()).isEqualTo(1.0);
        for (int i = 1; i < keywords.size(); i++) {
            assertThat(keywords.get(i).score()).isLessThanOrEqualTo(keywords.get(i - 1).score());
        }
    }

    @Test
    void realArticleKeywordsAreContentPhrasesWithoutStopwords() {
        TestArticles.Article europa = TestArticles.article("space.com/jupiter-moon-europa");
        List<Keyword> keywords = RANKER.extract("", europa.text(), "en", 6);
        assertThat(keywords).extracting(Keyword::text).contains("Europa");
        assertThat(keywords).extracting(k -> k.text().toLowerCase())
                .noneMatch(t -> List.of("the", "said", "and", "of").contains(t));
        assertThat(keywords).allSatisfy(k -> assertThat(europa.text()).contains(k.text()));
    }

    @Test
    void phrasesDoNotRepeatAWord() {
        TestArticles.Article tennis = TestArticles.article("sportsnet.ca/tennis");
        List<Keyword> keywords = RANKER.extract("Argentina comfortably wins Davis Cup opener against Chile",
                tennis.text(), "en", 10);
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Keyword k : keywords) {
            for (String w : k.text().toLowerCase().split(" ")) {
                assertThat(words.add(w)).as("word %s repeated in %s", w, keywords).isTrue();
            }
        }
        assertThat(keywords).extracting(Keyword::text).anyMatch(t -> t.startsWith("Argentina"))
                .contains("Davis Cup");
    }

    @Test
    void germanTextUsesGermanStopwords() {
        String german = TestArticles.article("blog.comwrap.com").text();
        for (String language : new String[] {"de", null}) {
            List<Keyword> keywords = RANKER.extract("", german, language, 8);
            assertThat(keywords).hasSize(8).extracting(k -> k.text().toLowerCase())
                    .doesNotContain("die", "der", "und", "von", "auch");
        }
    }

    @Test
    void unspacedScriptsGetNoKeywords() {
        assertThat(RANKER.extract("", "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕された。", "ja", 5))
                .isEmpty();
        assertThat(RANKER.extract("", "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕された。", null, 5))
                .isEmpty();
    }

    @Test
    void shortTextAndLimits() {
        List<Keyword> keywords = RANKER.extract("Kenya plants trees to restore forests",
                "The government aims to plant 15 billion trees by 2032 to fight land degradation.", "en", 3);
        assertThat(keywords).hasSizeBetween(1, 3);
        assertThat(keywords).extracting(Keyword::text).anyMatch(t -> t.contains("trees") || t.contains("Kenya"));
        assertThat(RANKER.extract("", "", "en", 5)).isEmpty();
        assertThat(RANKER.extract("Title", "Some text here", "en", 0)).isEmpty();
    }
}
