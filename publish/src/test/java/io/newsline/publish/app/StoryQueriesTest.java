package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.publish.lookup.RecentStories;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.ids.ArticleIds;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story lookups read from the stores the publish topology keeps, under TopologyTestDriver. */
class StoryQueriesTest {

    static final Instant T0 = Instant.parse("2025-03-05T06:00:00Z");

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> enriched;
    StoryQueries queries;

    @BeforeEach
    void start() {
        driver = TestApps.driver(new PublishApp(), stateDir, new SimpleMeterRegistry());
        enriched = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        KeyValueStore<String, Story> stories = driver.getKeyValueStore(PublishTopology.STORIES_STORE);
        KeyValueStore<String, ArticleDecision> ledger = driver.getKeyValueStore(PublishTopology.LEDGER_STORE);
        KeyValueStore<String, byte[]> recent = driver.getKeyValueStore(PublishTopology.RECENT_STORE);
        queries = new StoryQueries(stories, ledger, recent);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    void send(String url, String text, PageType type, Instant at) {
        EnrichedArticle a = PublishTopologyTest.article(ArticleIds.of(url), url, text, type);
        enriched.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize(Topics.ENRICHED_ARTICLES.name(), a), at);
    }

    @Test
    void aStoryIsFoundByIdAndByTheUrlOfEveryMemberEvenWithTrackingParameters() {
        send("https://afp.example/putin", PublishTopologyTest.BODY, PageType.ARTICLE, T0);
        send("https://mirror.example/putin", PublishTopologyTest.BODY, PageType.ARTICLE, T0.plusSeconds(60));
        String storyId = "s-" + ArticleIds.of("https://afp.example/putin");

        Story story = queries.byId(storyId);
        assertThat(story).isNotNull();
        assertThat(story.getMembers()).extracting(StoryMember::getUrl)
                .containsExactly("https://afp.example/putin", "https://mirror.example/putin");
        assertThat(queries.byUrl("https://mirror.example/putin").story()).isEqualTo(story);
        assertThat(queries.byUrl("HTTPS://Mirror.example/putin?utm_source=feed#top").story()).isEqualTo(story);
        assertThat(queries.byUrl("https://afp.example/putin").articleId()).isEqualTo(ArticleIds.of("https://afp.example/putin"));
    }

    @Test
    void unknownIdsUrlsAndArticlesOfNoStoryAreMissingWithAReason() {
        send("https://nav.example/", "Home\n\nWorld\n\nSport", PageType.NOT_ARTICLE, T0);
        assertThat(queries.byId("s-0000")).isNull();
        assertThat(queries.byUrl("https://nowhere.example/x").missing()).contains("has reached publish");
        StoryQueries.ByUrl nav = queries.byUrl("https://nav.example/");
        assertThat(nav.story()).isNull();
        assertThat(nav.missing()).contains("belongs to no story (not-article)");
    }

    @Test
    void recentStoriesAreTheNewestByEventTimeAndBounded() {
        int count = RecentStories.LIMIT + 5;
        for (int i = 0; i < count; i++) {
            // Arrival order differs from event order: odd stories are older than their neighbours.
            Instant at = T0.plusSeconds(i % 2 == 0 ? 10_000 + i : i);
            send("https://many.example/" + i, "Story number " + i + " on its own subject, item " + i + ".",
                    PageType.ARTICLE, at);
        }
        var recent = queries.recent();
        assertThat(recent).hasSize(RecentStories.LIMIT);
        assertThat(recent).extracting(s -> s.getUpdatedAt()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The newest: the even stories (later event time), the last one sent first.
        assertThat(recent.get(0).getMembers().get(0).getUrl()).isEqualTo("https://many.example/" + (count - 1 - (count - 1) % 2));
        // The five oldest odd stories fell off.
        assertThat(recent).extracting(s -> s.getMembers().get(0).getUrl())
                .doesNotContain("https://many.example/1", "https://many.example/3", "https://many.example/9")
                .contains("https://many.example/11");
    }
}
