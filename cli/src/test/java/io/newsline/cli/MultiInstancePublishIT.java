package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.app.PublishApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.StoryEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies end in the right story whatever the partitioning, the number of publish instances and the arrival order:
 * 4 partitions per topic, two publish instances, the sample pages in a shuffled order. Re-submitting the same
 * pages afterwards (a replay) creates no story and no event.
 */
class MultiInstancePublishIT {

    /** The wire story each sample page carries (see the samples' SOURCES.md); null: a story of its own. */
    static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("business.example.com", "velora"), Map.entry("tageblatt.example.net", "velora"),
            Map.entry("news.example.org", "velora"),
            Map.entry("www.urdupoint.com", "afp-putin-myanmar"), Map.entry("mirror.example.com", "afp-putin-myanmar"),
            Map.entry("daily.example.net", "afp-putin-myanmar"), Map.entry("herald.example.org", "afp-putin-myanmar"));

    @Test
    void copiesEndInTheRightStoryWithFourPartitionsTwoInstancesAndShuffledArrival(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("newsline.test.shuffle.seed", System.nanoTime());
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        Collections.shuffle(lines, new Random(seed));

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(dir.resolve("kafka"), 0, 0, Map.of()).start()) {
            NewslineConfig base = NewslineConfig.defaults().with(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(),
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "4",
                    "http.port", "-1", "commit.interval.ms", "100"));
            TopicAdmin.createAll(base);
            try (Pipeline upstream = new Pipeline(Pipeline.definitions("ingest"), base.with("app.state.dir", dir.resolve("a").toString()));
                 Pipeline enrich = new Pipeline(Pipeline.definitions("enrich"), base.with("app.state.dir", dir.resolve("b").toString()));
                 Pipeline publishOne = new Pipeline(List.of(new PublishApp()), base.with("app.state.dir", dir.resolve("p1").toString()));
                 Pipeline publishTwo = new Pipeline(List.of(new PublishApp()), base.with("app.state.dir", dir.resolve("p2").toString()))) {
                for (Pipeline p : List.of(upstream, enrich, publishOne, publishTwo)) {
                    p.start();
                }
                for (Pipeline p : List.of(upstream, enrich, publishOne, publishTwo)) {
                    p.awaitRunning(Duration.ofMinutes(3));
                }
                ObjectMapper json = new ObjectMapper();
                Set<String> urls = new HashSet<>();
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                        new StringSerializer(), new ByteArraySerializer())) {
                    for (String line : lines) {
                        JsonNode page = json.readTree(line);
                        urls.add(page.get("url").asText());
                        producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.get("url").asText(),
                                line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
                Map<String, String> storyOfUrl = new HashMap<>();
                List<StoryEvent> events = new ArrayList<>();
                Set<String> decided = new HashSet<>();
                try (TopicReader reader = new TopicReader(base, List.of(Topics.DECISIONS.name(), Topics.EVENTS.name()), true)) {
                    boolean done = reader.pollUntil(Duration.ofMinutes(4), r -> {
                        Object v = TopicReader.decode(r.topic(), r.value());
                        if (v instanceof ArticleDecision d) {
                            decided.add(d.getArticleId());
                            if (d.getStoryId() != null) {
                                storyOfUrl.put(d.getUrl(), d.getStoryId());
                            }
                        } else if (v instanceof StoryEvent e) {
                            events.add(e);
                        }
                    }, () -> decided.size() == urls.size());
                    assertThat(done).as("every page decided (shuffle seed %d)", seed).isTrue();

                    for (String a : urls) {
                        for (String b : urls) {
                            String ga = GROUP.get(host(a));
                            String gb = GROUP.get(host(b));
                            if (a.equals(b) || storyOfUrl.get(a) == null || storyOfUrl.get(b) == null) {
                                continue;
                            }
                            boolean sameStory = storyOfUrl.get(a).equals(storyOfUrl.get(b));
                            boolean sameGroup = ga != null && ga.equals(gb);
                            assertThat(sameStory).as("%s and %s (shuffle seed %d)", a, b, seed).isEqualTo(sameGroup);
                        }
                    }
                    assertThat(storyOfUrl.keySet()).noneMatch(u -> u.startsWith("https://www.example.com/culture/"));

                    // A replay of the same pages: re-crawls, no new story, no new event.
                    int eventsBefore = events.size();
                    Set<String> replayed = new HashSet<>();
                    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                            new StringSerializer(), new ByteArraySerializer())) {
                        for (String line : lines) {
                            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), json.readTree(line).get("url").asText(),
                                    line.getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                    List<ArticleDecision> replayDecisions = new ArrayList<>();
                    done = reader.pollUntil(Duration.ofMinutes(3), r -> {
                        Object v = TopicReader.decode(r.topic(), r.value());
                        if (v instanceof ArticleDecision d) {
                            replayDecisions.add(d);
                            replayed.add(d.getArticleId());
                        } else if (v instanceof StoryEvent e) {
                            events.add(e);
                        }
                    }, () -> replayed.size() == urls.size());
                    assertThat(done).isTrue();
                    assertThat(events).hasSize(eventsBefore);
                    for (ArticleDecision d : replayDecisions) {
                        assertThat(d.getStoryId()).isEqualTo(storyOfUrl.get(d.getUrl()));
                        assertThat(d.getArticleId()).isEqualTo(ArticleIds.of(d.getUrl()));
                    }
                }
            }
        }
    }

    static String host(String url) {
        return java.net.URI.create(url).getHost();
    }
}
