package io.newsline.publish.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.InMemoryByteStore;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.SentenceAlignmentTest;
import io.newsline.publish.match.WireSource;
import io.newsline.publish.match.eval.Corpus;
import io.newsline.publish.match.eval.Corpus.DevPage;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryDeciderTest {

    private final InMemoryStoryState state = new InMemoryStoryState();
    private final StoryDecider decider = new StoryDecider(new StoryAssigner(WireSource.load()), new Matcher(), state,
            new BandIndex(new InMemoryByteStore(), new InMemoryByteStore()));
    private long time = Instant.parse("2025-03-05T06:00:00Z").toEpochMilli();

    static EnrichedArticle article(String id, String text) {
        CleanArticle clean = CleanArticle.newBuilder()
                .setArticleId(id).setUrl("https://" + id.replaceAll("[^a-z0-9]", "-") + ".example/a")
                .setPageType(PageType.ARTICLE).setText(text).setFetchedAt(Instant.parse("2025-03-05T06:00:00Z"))
                .setLineage(new ExtractionLineage("test", "text", null, null, java.util.List.of())).build();
        return EnrichedArticle.newBuilder().setArticle(clean).setStatus(EnrichmentStatus.ENRICHED).build();
    }

    private ArticleDecision apply(String id, String text) {
        return decider.apply(article(id, text), time++).decision();
    }

    @Test
    void copiesOfTheDevSetEndInStoriesOfOneGroupEach() {
        Map<String, String> groupOf = new HashMap<>();
        // The project's pages (and the real dev set when ../shared is there); the edited copy and the next-day
        // story come last.
        List<DevPage> pages = Corpus.ownAndDevPages().stream()
                .filter(p -> !Set.of("seed-copy-edited.txt", "seed-next-day-afp.txt").contains(p.file())).toList();
        for (DevPage page : pages) {
            groupOf.put(page.file(), page.group());
            apply(page.file(), page.text());
        }
        ArticleDecision edited = apply("seed-copy-edited.txt", Corpus.devText("seed-copy-edited.txt"));
        ArticleDecision nextDay = apply("seed-next-day-afp.txt", Corpus.devText("seed-next-day-afp.txt"));

        Story seedStory = state.activeStory(state.decision("urdupoint-putin-myanmar-2025-03-05.txt").getStoryId());
        assertThat(edited.getRelation()).isIn(Relation.COPY, Relation.TRUNCATED_COPY);
        assertThat(edited.getStoryId()).isEqualTo(seedStory.getStoryId());
        assertThat(nextDay.getRelation()).isEqualTo(Relation.ORIGINAL);
        int joined = 0;
        for (DevPage page : pages) {
            Story story = state.activeStory(state.decision(page.file()).getStoryId());
            Set<String> groups = story.getMembers().stream().map(StoryMember::getArticleId)
                    .filter(groupOf::containsKey).map(groupOf::get).collect(Collectors.toSet());
            assertThat(groups).as(page.file()).containsExactly(page.group());
            joined += story.getMembers().size() > 1 ? 1 : 0;
        }
        assertThat(joined).as("dev pages in a story with copies").isGreaterThan(2);
    }

    @Test
    void decidingWritesNothingUntilCommitted() {
        String body = Corpus.articles().get(5).body();
        StoryDecider.Decision first = decider.decide(article("a", body), time);
        StoryDecider.Decision again = decider.decide(article("a", body), time);
        assertThat(List.of(first.decision().getRelation(), again.decision().getRelation()))
                .containsExactly(Relation.ORIGINAL, Relation.ORIGINAL);
        assertThat(state.decision("a")).isNull();
        assertThat(decider.matches("b", new Fingerprinter().fingerprint(body)).copies()).isEmpty();

        decider.commit(first);

        assertThat(state.decision("a").getRelation()).isEqualTo(Relation.ORIGINAL);
        assertThat(decider.matches("b", new Fingerprinter().fingerprint(body)).copies())
                .extracting(StoryAssigner.Candidate::matchedArticleId).containsExactly("a");
        assertThat(apply("a", body).getRelation()).isEqualTo(Relation.RECRAWL);
        assertThat(apply("b", body).getRelation()).isEqualTo(Relation.COPY);
        assertThat(state.activeStories()).isEqualTo(1);
        assertThat(state.largestStory()).isEqualTo(2);
    }

    private static final String STORY = String.join("\n", SentenceAlignmentTest.STORY);
    /** The first three paragraphs under a caption, the day reworded and the quotes curled, and a link. */
    private static final String EXCERPT = "Residents search the rubble of a collapsed house (Photo by Jane Doe / AFP)\n"
            + SentenceAlignmentTest.STORY.get(0).replace("on Sunday", "yesterday") + "\n"
            + SentenceAlignmentTest.STORY.get(1) + "\n"
            + SentenceAlignmentTest.STORY.get(2).replaceFirst("\"", "\u201c").replaceFirst("\"", "\u201d")
            + "\nRead more: live updates";

    /** The story ids of the articles, as one arrival order groups them: which ids share a story. */
    private static Set<Set<String>> grouping(List<String> order, Map<String, String> texts) {
        StoryDeciderTest test = new StoryDeciderTest();
        order.forEach(id -> test.apply(id, texts.get(id)));
        Map<String, Set<String>> byStory = new HashMap<>();
        for (String id : order) {
            byStory.computeIfAbsent(test.state.decision(id).getStoryId(), k -> new java.util.TreeSet<>()).add(id);
        }
        return new java.util.HashSet<>(byStory.values());
    }

    @Test
    void aCaptionFirstExcerptWithTheDayRewordedJoinsItsStoryInEitherOrder() {
        Map<String, String> texts = Map.of("story", STORY, "excerpt", EXCERPT);

        Set<Set<String>> storyFirst = grouping(List.of("story", "excerpt"), texts);
        Set<Set<String>> excerptFirst = grouping(List.of("excerpt", "story"), texts);

        assertThat(storyFirst).containsExactly(Set.of("story", "excerpt"));
        assertThat(excerptFirst).isEqualTo(storyFirst);
    }

    @Test
    void bulletinsOfOneTemplateStayApartWhileACopyOfOneJoinsIt() {
        String first = SentenceAlignmentTest.bulletin("5.3", "03:12", "Sunday", "10", "37.45", "141.62");
        Map<String, String> texts = Map.of("first", first,
                "second", SentenceAlignmentTest.bulletin("5.8", "14:40", "Friday", "30", "37.12", "141.33"),
                "third", SentenceAlignmentTest.bulletin("5.3", "21:05", "Monday", "10", "36.91", "140.97"),
                "copy", first.replace("on Sunday", "yesterday"));

        Set<Set<String>> grouped = grouping(List.of("first", "second", "third", "copy"), texts);

        assertThat(grouped).containsExactlyInAnyOrder(Set.of("first", "copy"), Set.of("second"), Set.of("third"));
        assertThat(grouping(List.of("copy", "third", "second", "first"), texts)).isEqualTo(grouped);
    }
}
