package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Stage;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTopologyTest {

    static final String BODY = "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar.\n\n"
            + "Russia is a crucial arms supplier to the isolated state.";

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> enriched;
    TestOutputTopic<String, ArticleDecision> decisions;
    TestOutputTopic<String, Story> stories;
    TestOutputTopic<String, StoryEvent> events;
    TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        driver = TestApps.driver(new PublishApp(), stateDir, new SimpleMeterRegistry());
        enriched = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        decisions = driver.createOutputTopic(Topics.DECISIONS.name(), new StringDeserializer(),
                Topics.DECISIONS.valueSerde().deserializer());
        stories = driver.createOutputTopic(Topics.STORIES.name(), new StringDeserializer(),
                Topics.STORIES.valueSerde().deserializer());
        events = driver.createOutputTopic(Topics.EVENTS.name(), new StringDeserializer(),
                Topics.EVENTS.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static EnrichedArticle article(String id, String url, String text, PageType type) {
        CleanArticle clean = CleanArticle.newBuilder()
                .setArticleId(id).setUrl(url).setTitle("Putin hails Myanmar ties").setPageType(type)
                .setText(text).setFetchedAt(Instant.parse("2025-03-05T06:00:00Z"))
                .setLineage(new ExtractionLineage("test", "text")).build();
        return EnrichedArticle.newBuilder().setArticle(clean).setStatus(EnrichmentStatus.ENRICHED).build();
    }

    void send(EnrichedArticle a) {
        enriched.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize(Topics.ENRICHED_ARTICLES.name(), a));
    }

    @Test
    void exactCopiesOfOneBodyEndInOneStoryFoundedByTheFirst() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("a2", "https://two.example/b", BODY.replace("'", "’").toUpperCase(), PageType.ARTICLE));

        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getRelation).containsExactly(Relation.ORIGINAL, Relation.COPY);
        assertThat(ds).extracting(ArticleDecision::getStoryId).containsOnly("s-a1");
        assertThat(ds.get(1).getRule()).isEqualTo("exact-body");

        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).containsExactly(StoryEventType.STORY_CREATED, StoryEventType.COPY_ADDED);
        assertThat(es).extracting(StoryEvent::getEventId).doesNotHaveDuplicates();

        var latest = stories.readKeyValuesToMap();
        assertThat(latest).containsOnlyKeys("s-a1");
        assertThat(latest.get("s-a1").getMembers()).extracting(m -> m.getUrl())
                .containsExactly("https://one.example/a", "https://two.example/b");
        assertThat(latest.get("s-a1").getTitle()).isEqualTo("Putin hails Myanmar ties");
    }

    @Test
    void differentBodiesFoundDifferentStories() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("b1", "https://one.example/b", "A different story about Prada profits.", PageType.ARTICLE));
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getStoryId).containsExactly("s-a1", "s-b1");
    }

    @Test
    void theSameUrlCrawledAgainUnchangedIsARecrawlWithNoEvent() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getRelation).containsExactly(Relation.ORIGINAL, Relation.RECRAWL);
        assertThat(events.readValuesToList()).hasSize(1);
    }

    @Test
    void notArticleGetsADecisionAndNoStory() {
        send(article("n1", "https://nav.example/", "Home\n\nWorld\n\nSport", PageType.NOT_ARTICLE));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.getRelation()).isEqualTo(Relation.NOT_ARTICLE);
            assertThat(d.getStoryId()).isNull();
        });
        assertThat(stories.isEmpty()).isTrue();
        assertThat(events.isEmpty()).isTrue();
    }

    @Test
    void undecodableInputGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        enriched.pipeInput("bad", new byte[] {1, 2, 3});
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo(Stage.PUBLISH);
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.ENRICHED_ARTICLES.name());
        assertThat(letter.getOriginalValueLength()).isEqualTo(3);
        assertThat(decisions.readValuesToList()).hasSize(1);
    }
}
