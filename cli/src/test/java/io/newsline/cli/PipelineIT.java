package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.ingest.url.ArticleIds;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Stage;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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

/** The three apps on a real broker: pages in, decisions, stories and events out, bad records dead-lettered. */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineIT {

    static String seedPage() throws Exception {
        try (InputStream in = PipelineIT.class.getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[0];
        }
    }

    /**
     * The seed's body made unique to one test run: apps with a fresh application id read the shared broker's topics
     * from the start, so a body another test already published would make this run's page a copy.
     */
    static String uniqueBody(String body, String run) {
        String unique = body.replaceFirst("President", "President (" + run + ")");
        assertThat(unique).isNotEqualTo(body);
        return unique;
    }

    @Test
    void submittedPagesGetDecisionsAndStoryEventsWhileBadRecordsBecomeDeadLetters(KafkaBroker broker, @TempDir Path dir)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "2",
                "app.state.dir", dir.toString(), "http.port", "0", "http.host", "127.0.0.1",
                "app.ingest.application.id", "it-ingest-" + run,
                "app.enrich.application.id", "it-enrich-" + run,
                "app.publish.application.id", "it-publish-" + run));
        TopicAdmin.createAll(config);
        ObjectMapper json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = json.readValue(seedPage(), Map.class);
        String url = seed.get("url") + "?run=" + run;
        String copyUrl = "https://copy-" + run + ".example.com/putin-myanmar";

        try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            pipeline.awaitRunning(Duration.ofMinutes(2));
            String garbageKey = "garbage-" + run;
            String noUrlKey = "no-url-" + run;
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), garbageKey, new byte[] {0x13, 0x37, 0x00, 0x42}));
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), noUrlKey,
                    "{\"body\": \"<p>no url</p>\"}".getBytes(StandardCharsets.UTF_8)));
            seed.put("url", url);
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, json.writeValueAsBytes(seed)));
            producer.flush();

            List<ArticleDecision> decisions = new ArrayList<>();
            List<StoryEvent> events = new ArrayList<>();
            List<DeadLetter> letters = new ArrayList<>();
            try (TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name(), Topics.EVENTS.name(),
                    Topics.DEAD_LETTERS.name()), true)) {
                boolean done = reader.pollUntil(Duration.ofMinutes(3), r -> {
                    Object v = TopicReader.decode(r.topic(), r.value());
                    if (v instanceof ArticleDecision d && d.getUrl().contains(run)) {
                        decisions.add(d);
                    } else if (v instanceof StoryEvent e && e.getUrl() != null && e.getUrl().contains(run)) {
                        events.add(e);
                    } else if (v instanceof DeadLetter l && r.key() != null && r.key().endsWith(run)) {
                        letters.add(l);
                    }
                }, () -> decisions.size() >= 1 && !events.isEmpty() && letters.size() >= 2);
                assertThat(done).as("decision, event and dead letters arrive").isTrue();

                assertThat(decisions.get(0).getArticleId()).isEqualTo(ArticleIds.of(url));
                assertThat(decisions.get(0).getRelation()).isEqualTo(Relation.ORIGINAL);
                assertThat(events.get(0).getType()).isEqualTo(StoryEventType.STORY_CREATED);
                assertThat(events.get(0).getStoryId()).isEqualTo(decisions.get(0).getStoryId());
                assertThat(events.get(0).getStory().getTitle()).isEqualTo("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
                assertThat(letters).extracting(DeadLetter::getStage).containsOnly(Stage.INGEST);
                assertThat(letters).extracting(DeadLetter::getReason)
                        .containsExactlyInAnyOrder(DeadLetterReason.UNDECODABLE, DeadLetterReason.MISSING_FIELD);

                // The apps kept running through the bad records: a copy submitted now joins the story.
                assertThat(pipeline.apps()).allMatch(StreamsApp::isReady);
                seed.put("url", copyUrl);
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), copyUrl, json.writeValueAsBytes(seed))).get();
                done = reader.pollUntil(Duration.ofMinutes(2), r -> {
                    Object v = TopicReader.decode(r.topic(), r.value());
                    if (v instanceof ArticleDecision d && d.getUrl().equals(copyUrl)) {
                        decisions.add(d);
                    } else if (v instanceof StoryEvent e && copyUrl.equals(e.getUrl())) {
                        events.add(e);
                    }
                }, () -> decisions.size() >= 2 && events.size() >= 2);
                assertThat(done).as("the copy's decision and event arrive").isTrue();
            }
            assertThat(decisions.get(1).getRelation()).isEqualTo(Relation.COPY);
            assertThat(decisions.get(1).getStoryId()).isEqualTo(decisions.get(0).getStoryId());
            assertThat(events.get(1).getType()).isEqualTo(StoryEventType.COPY_ADDED);

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("kafka_stream_").contains("newsline_records_total")
                    .contains("newsline_dead_letters_total");
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }
}
