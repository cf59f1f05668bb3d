package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.schemas.ids.ArticleIds;
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

    /**
     * An HTML article whose text is unique to this run, so that pages other tests published on the shared broker
     * are no copies of it.
     */
    static String uniquePage(String run, String title) {
        java.util.Random random = new java.util.Random(run.hashCode());
        String[] words = {"council", "river", "budget", "minister", "harbour", "election", "vaccine", "orchestra",
                "festival", "railway", "drought", "senate", "factory", "museum", "tariff", "glacier", "league",
                "satellite", "reform", "coast", "village", "court", "summit", "market", "school", "bridge"};
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>").append(title)
                .append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (int p = 0; p < 8; p++) {
            html.append("<p>The ").append(run).append(" report said");
            for (int w = 0; w < 40; w++) {
                html.append(' ').append(words[random.nextInt(words.length)]);
            }
            html.append(".</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    /** The bundled seed page (raw-page JSON, flattened page text). */
    static String seedPage() throws Exception {
        try (java.io.InputStream in = PipelineIT.class.getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[0];
        }
    }

    /**
     * The seed's body made unique to one test run: every word of its paragraphs gets a suffix derived from the run,
     * so no shingle is shared with pages other tests published on the shared broker (apps with a fresh application
     * id read its topics from the start, and a near-identical body would make this run's page a copy). Short lines
     * (the title, navigation) stay as they are, so extraction sees the same page structure.
     */
    static String uniqueBody(String body, String run) {
        String suffix = Integer.toString(Math.abs(run.hashCode()) % 1000, 36);
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            out.append(line.length() > 80 ? line.replaceAll("\\b([A-Za-z]{4,})\\b", "$1" + suffix) : line).append('\n');
        }
        String unique = out.substring(0, out.length() - 1);
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
        String title = "Harbour council approves budget " + run;
        Map<String, Object> seed = new java.util.HashMap<>(Map.of("url", "https://news-" + run + ".example.com/harbour",
                "contentType", "text/html", "body", uniquePage(run, title), "fetchedAt", "2025-03-05T06:00:00Z"));
        String url = (String) seed.get("url");
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
                assertThat(events.get(0).getStory().getTitle()).isEqualTo(title);
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
