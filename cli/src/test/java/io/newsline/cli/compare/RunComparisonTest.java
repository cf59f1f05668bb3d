package io.newsline.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    static ArticleDecision decision(String article, String story, Relation relation) {
        return ArticleDecision.newBuilder().setArticleId(article).setUrl("https://x.example/" + article)
                .setStoryId(story).setRelation(relation).setRule("test").setSimilarity(1.0).setContentHash("h").setDecidedAt(java.time.Instant.EPOCH)
                .build();
    }

    static Story story(String id, String... members) {
        return Story.newBuilder().setStoryId(id).setVersion(1).setCreatedAt(java.time.Instant.EPOCH)
                .setUpdatedAt(java.time.Instant.EPOCH).setMembers(Arrays.stream(members)
                .map(m -> StoryMember.newBuilder().setArticleId(m).setUrl("https://x.example/" + m)
                        .setRelation(Relation.COPY).build()).toList()).build();
    }

    /** A run from its stories: the first member of each story is its original, the others copies. */
    static RunOutput run(Story... stories) {
        RunOutput run = new RunOutput();
        for (Story s : stories) {
            List<StoryMember> members = s.getMembers();
            for (int i = 0; i < members.size(); i++) {
                run.addDecision(decision(members.get(i).getArticleId(), s.getStoryId(),
                        i == 0 ? Relation.ORIGINAL : Relation.COPY));
            }
            run.addStory(s.getStoryId(), s);
        }
        return run;
    }

    @Test
    void identicalRunsAgree() {
        RunComparison c = RunComparison.of(run(story("s-a", "a", "b"), story("s-c", "c")),
                run(story("s-a", "a", "b"), story("s-c", "c")));
        assertThat(c.agree()).isTrue();
        assertThat(c.relations().get(Relation.COPY)).containsExactly(1, 1);
    }

    @Test
    void aStorySplitInTheOtherRunIsReportedWithTheArticlesDecidedDifferently() {
        RunComparison c = RunComparison.of(run(story("s-a", "a", "b", "c")),
                run(story("s-a", "a", "b"), story("s-c", "c")));
        assertThat(c.agree()).isFalse();
        assertThat(c.split()).containsExactly(new RunComparison.Regrouping("s-a", Set.of("s-a", "s-c")));
        assertThat(c.merged()).isEmpty();
        assertThat(c.decidedDifferently()).singleElement().satisfies(d -> {
            assertThat(d.articleId()).isEqualTo("c");
            assertThat(d.liveRelation()).isEqualTo(Relation.COPY);
            assertThat(d.otherRelation()).isEqualTo(Relation.ORIGINAL);
            assertThat(d.otherStory()).isEqualTo("s-c");
        });
    }

    @Test
    void storiesMergedInTheOtherRunAndArticlesOnlyOneRunDecidedAreReported() {
        RunOutput live = run(story("s-a", "a"), story("s-c", "c"), story("s-d", "d"));
        RunOutput other = run(story("s-a", "a", "c"), story("s-e", "e"));
        // A merged story on the other side redirects and is no story of its own.
        other.addStory("s-c", Story.newBuilder(story("s-c")).setStatus(StoryStatus.MERGED).setMergedInto("s-a").build());
        RunComparison c = RunComparison.of(live, other);
        assertThat(c.merged()).containsExactly(new RunComparison.Regrouping("s-a", Set.of("s-a", "s-c")));
        assertThat(c.onlyLive()).containsExactly("d");
        assertThat(c.onlyOther()).containsExactly("e");
        assertThat(c.liveStories()).isEqualTo(3);
        assertThat(c.otherStories()).isEqualTo(2);
    }

    @Test
    void aRecrawlKeepsTheDecisionThatPlacedTheArticle() {
        RunOutput live = run(story("s-a", "a"));
        live.addDecision(decision("a", "s-a", Relation.RECRAWL));
        assertThat(live.decisions().get("a").getRelation()).isEqualTo(Relation.ORIGINAL);
        assertThat(RunComparison.of(live, run(story("s-a", "a"))).agree()).isTrue();
    }
}
