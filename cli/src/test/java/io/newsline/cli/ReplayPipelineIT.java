package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Relation;
import io.newsline.schemas.StoryEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Replaying a time range through the running pipeline makes no new story and no new event; ids stay the same. */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayPipelineIT {

    @Test
    void replayedPagesAreRecrawlsOfTheSameStoryWithNoNewEvents(KafkaBroker broker, @TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1",
                "app.state.dir", dir.toString(), "http.port", "-1",
                "app.ingest.application.id", "replay-ingest-" + run,
                "app.enrich.application.id", "replay-enrich-" + run,
                "app.publish.application.id", "replay-publish-" + run));
        TopicAdmin.createAll(config);
        ObjectMapper json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = json.readValue(PipelineIT.seedPage(), Map.class);
        String url = seed.get("url") + "?replay=" + run;
        seed.put("url", url);
        seed.put("body", PipelineIT.uniqueBody((String) seed.get("body"), run));

        List<ArticleDecision> decisions = new ArrayList<>();
        List<StoryEvent> events = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                     broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
             TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name(), Topics.EVENTS.name()), true)) {
            pipeline.awaitRunning(Duration.ofMinutes(2));
            Instant before = Instant.now().minusSeconds(1);
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, json.writeValueAsBytes(seed))).get();
            Instant after = Instant.now().plusSeconds(1);
            var collect = (java.util.function.Consumer<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>>) r -> {
                Object v = TopicReader.decode(r.topic(), r.value());
                if (v instanceof ArticleDecision d && url.equals(d.getUrl())) {
                    decisions.add(d);
                } else if (v instanceof StoryEvent e && url.equals(e.getUrl())) {
                    events.add(e);
                }
            };
            assertThat(reader.pollUntil(Duration.ofMinutes(3), collect,
                    () -> !decisions.isEmpty() && !events.isEmpty())).as("first pass").isTrue();

            CommandOutput replay = CommandOutput.run("replay", "--bootstrap-servers", broker.bootstrapServers(),
                    "--from", before.toString(), "--to", after.toString());
            assertThat(replay.exitCode()).as(replay.err()).isZero();
            assertThat(reader.pollUntil(Duration.ofMinutes(3), collect, () -> decisions.size() >= 2))
                    .as("the replayed page gets its decision").isTrue();
            // Events of the replay would be written in the same transaction as its decision: read a little more.
            reader.pollUntil(Duration.ofSeconds(3), collect, () -> false);
        }
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).getRelation()).isEqualTo(Relation.ORIGINAL);
        assertThat(decisions.get(1).getRelation()).isEqualTo(Relation.RECRAWL);
        assertThat(decisions).extracting(ArticleDecision::getArticleId).containsOnly(decisions.get(0).getArticleId());
        assertThat(decisions).extracting(ArticleDecision::getStoryId).containsOnly(decisions.get(0).getStoryId());
        assertThat(events).as("no new story and no new event").hasSize(1);
    }
}
