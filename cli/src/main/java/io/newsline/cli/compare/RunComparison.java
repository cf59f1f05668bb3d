package io.newsline.cli.compare;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Relation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How two runs over the same pages differ: articles decided differently (another relation or another story),
 * articles only one run decided, live stories whose members the other run split over several stories, and stories of
 * the other run that merge several live stories. Story ids are derived from the founding article, so equal
 * groupings have equal ids. Immutable.
 *
 * @param liveArticles     articles the live run decided
 * @param otherArticles    articles the other (shadow) run decided
 * @param relations        per relation, how many articles each run decided so: {live, other}
 * @param decidedDifferently articles both runs decided, with another relation or story
 * @param onlyLive         ids of articles only the live run decided
 * @param onlyOther        ids of articles only the other run decided
 * @param liveStories      active stories of the live run
 * @param otherStories     active stories of the other run
 * @param split            live stories whose articles the other run put in several stories
 * @param merged           stories of the other run that hold articles of several live stories
 */
public record RunComparison(int liveArticles, int otherArticles, Map<Relation, int[]> relations,
                            List<ArticleDifference> decidedDifferently, Set<String> onlyLive, Set<String> onlyOther,
                            int liveStories, int otherStories, List<Regrouping> split, List<Regrouping> merged) {

    /** One article both runs decided differently. */
    public record ArticleDifference(String articleId, String url, Relation liveRelation, String liveStory,
                                    Relation otherRelation, String otherStory) {}

    /** One story of one run and the stories of the other run its articles are in. */
    public record Regrouping(String story, Set<String> stories) {}

    /** Compares the live run with another run over the same pages. */
    public static RunComparison of(RunOutput live, RunOutput other) {
        Map<String, ArticleDecision> a = live.decisions();
        Map<String, ArticleDecision> b = other.decisions();
        Map<Relation, int[]> relations = new EnumMap<>(Relation.class);
        a.values().forEach(d -> relations.computeIfAbsent(d.getRelation(), r -> new int[2])[0]++);
        b.values().forEach(d -> relations.computeIfAbsent(d.getRelation(), r -> new int[2])[1]++);

        List<ArticleDifference> different = new ArrayList<>();
        Set<String> onlyLive = new TreeSet<>();
        for (ArticleDecision d : a.values()) {
            ArticleDecision o = b.get(d.getArticleId());
            if (o == null) {
                onlyLive.add(d.getArticleId());
            } else if (d.getRelation() != o.getRelation() || !Objects.equals(str(d.getStoryId()), str(o.getStoryId()))) {
                different.add(new ArticleDifference(d.getArticleId(), d.getUrl().toString(), d.getRelation(),
                        str(d.getStoryId()), o.getRelation(), str(o.getStoryId())));
            }
        }
        Set<String> onlyOther = new TreeSet<>(b.keySet());
        onlyOther.removeAll(a.keySet());

        Map<String, String> liveStoryOf = live.storyOfArticle();
        Map<String, String> otherStoryOf = other.storyOfArticle();
        return new RunComparison(a.size(), b.size(), relations, different, onlyLive, onlyOther,
                live.activeStories().size(), other.activeStories().size(),
                regroupings(liveStoryOf, otherStoryOf), regroupings(otherStoryOf, liveStoryOf));
    }

    /** Stories of one grouping whose articles (those the other grouping placed) lie in several stories of it. */
    private static List<Regrouping> regroupings(Map<String, String> storyOf, Map<String, String> otherStoryOf) {
        Map<String, Set<String>> spread = new TreeMap<>();
        storyOf.forEach((article, story) -> {
            String there = otherStoryOf.get(article);
            if (there != null) {
                spread.computeIfAbsent(story, s -> new TreeSet<>()).add(there);
            }
        });
        List<Regrouping> out = new ArrayList<>();
        spread.forEach((story, stories) -> {
            if (stories.size() > 1) {
                out.add(new Regrouping(story, stories));
            }
        });
        return out;
    }

    private static String str(CharSequence s) {
        return s == null ? null : s.toString();
    }

    /** True when both runs decided the same articles the same way and grouped them into the same stories. */
    public boolean agree() {
        return decidedDifferently.isEmpty() && onlyLive.isEmpty() && onlyOther.isEmpty() && split.isEmpty()
                && merged.isEmpty() && liveStories == otherStories;
    }
}
