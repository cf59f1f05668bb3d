package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.StoryEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON mirror of the events topic: every event, same key and order, as JSON; nothing when it is off. */
class PublishEventsJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path stateDir;

    /** Pipes articles that found two stories, add a copy and revise an article; returns (Avro events, JSON mirror). */
    static Map.Entry<List<KeyValue<String, StoryEvent>>, List<KeyValue<String, String>>> run(TopologyTestDriver driver) {
        TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(),
                new StringSerializer(), new ByteArraySerializer());
        String body = PublishTopologyTest.BODY;
        for (EnrichedArticle a : new EnrichedArticle[] {
                PublishTopologyTest.article("a1", "https://one.example/a", body, PageType.ARTICLE),
                PublishTopologyTest.article("b1", "https://one.example/b", "Velora profits rose again in Amsterdam.", PageType.ARTICLE),
                PublishTopologyTest.article("a2", "https://two.example/a", body, PageType.ARTICLE),
                PublishTopologyTest.article("a1", "https://one.example/a", body + "\n\nUpdated with \"quotes\" & ünïcode.",
                        PageType.ARTICLE)}) {
            in.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                    .serialize(Topics.ENRICHED_ARTICLES.name(), a));
        }
        var events = driver.createOutputTopic(Topics.EVENTS.name(), new StringDeserializer(),
                Topics.EVENTS.valueSerde().deserializer()).readKeyValuesToList();
        var json = driver.createOutputTopic(Topics.EVENTS_JSON.name(), new StringDeserializer(),
                new StringDeserializer()).readKeyValuesToList();
        return Map.entry(events, json);
    }

    @Test
    void whenEnabledEveryEventIsMirroredAsJsonWithTheSameKeyInTheSameOrder() throws Exception {
        Map.Entry<List<KeyValue<String, StoryEvent>>, List<KeyValue<String, String>>> out;
        try (TopologyTestDriver driver = TestApps.driver(new PublishApp(), stateDir, new SimpleMeterRegistry(),
                Map.of(Topics.EVENTS_JSON_ENABLED, "true"))) {
            out = run(driver);
        }
        List<KeyValue<String, StoryEvent>> events = out.getKey();
        List<KeyValue<String, String>> mirror = out.getValue();
        assertThat(events).extracting(kv -> AvroJson.symbol(kv.value.getType()))
                .containsExactly("story-created", "story-created", "copy-added", "article-revised");
        assertThat(mirror).extracting(kv -> kv.key).containsExactlyElementsOf(events.stream().map(kv -> kv.key).toList());
        for (int i = 0; i < events.size(); i++) {
            StoryEvent event = events.get(i).value;
            JsonNode json = JSON.readTree(mirror.get(i).value);
            assertThat(json.get("eventId").asText()).isEqualTo(event.getEventId());
            assertThat(json.get("storyId").asText()).isEqualTo(event.getStoryId()).isEqualTo(mirror.get(i).key);
            assertThat(json.get("type").asText()).isEqualTo(AvroJson.symbol(event.getType()));
            assertThat(json.get("articleId").asText()).isEqualTo(event.getArticleId());
            assertThat(json.get("url").asText()).isEqualTo(event.getUrl());
            assertThat(json.get("relation").asText()).isEqualTo(AvroJson.symbol(event.getRelation()));
            assertThat(json.get("occurredAt").asText()).isEqualTo(event.getOccurredAt().toString());
            assertThat(json.get("changedFields")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(event.getChangedFields());
            assertThat(json.get("story").get("version").asLong()).isEqualTo(event.getStory().getVersion());
            assertThat(json.get("story").get("title").asText()).isEqualTo(event.getStory().getTitle());
            assertThat(json.get("story").get("members")).extracting(m -> m.get("url").asText())
                    .containsExactlyElementsOf(event.getStory().getMembers().stream().map(m -> m.getUrl()).toList());
            assertThat(json).as("every field").isEqualTo(JSON.readTree(AvroJson.toJsonLine(event)));
        }
    }

    @Test
    void offByDefaultNothingIsWrittenToTheMirror() {
        try (TopologyTestDriver driver = TestApps.driver(new PublishApp(), stateDir, new SimpleMeterRegistry())) {
            var out = run(driver);
            assertThat(out.getKey()).hasSize(4);
            assertThat(out.getValue()).isEmpty();
        }
    }
}
