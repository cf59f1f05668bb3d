package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.StoryEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill beside live traffic: the pipeline runs live over the sample pages, then a shadow deployment
 * ({@code --shadow}) runs over the same raw pages on the same broker. Live topics get nothing from it, the shadow
 * topics get the whole output, and {@code newsline compare} reports agreement, or the differences when the shadow
 * run is configured otherwise. A broker of its own, so the live topics hold only this test's records. One partition
 * per topic: with several raw partitions the order in which publish sees copies fetched at the same instant may
 * differ between two runs, and so which copy founds the story (compare reports that as a difference).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowBackfillIT {

    Path dir;
    EmbeddedKafkaBroker broker;
    NewslineConfig live;
    Set<String> articleIds;

    @BeforeAll
    void runLive(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        broker = EmbeddedKafkaBroker.ephemeral().start();
        live = NewslineConfig.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1",
                "app.state.dir", dir.resolve("state").toString(), "http.port", "-1", "commit.interval.ms", "100"));
        TopicAdmin.createAll(live);
        Submitter.Report report;
        try (Submitter submitter = new Submitter(live, System.err)) {
            PageFiles.read(List.of(DemoCommand.bundledSamples(dir)), submitter::submit);
            report = submitter.finish();
        }
        articleIds = report.submittedUrls().stream().map(io.newsline.schemas.ids.ArticleIds::of)
                .collect(Collectors.toSet());
        runUntilDecided(live);
    }

    @AfterAll
    void stop() {
        broker.close();
    }

    /** Runs the three apps of a deployment until every submitted page has a decision or a dead letter there. */
    void runUntilDecided(NewslineConfig config) throws Exception {
        TopicCatalogue topics = TopicCatalogue.of(config);
        Set<String> pending = new java.util.HashSet<>(articleIds);
        try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
             TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.DECISIONS),
                     topics.name(Topics.DEAD_LETTERS)), true)) {
            pipeline.awaitRunning(Duration.ofMinutes(2));
            boolean done = reader.pollUntil(Duration.ofMinutes(3), r -> {
                Object v = TopicReader.decode(r.topic(), r.value());
                if (v instanceof ArticleDecision d) {
                    pending.remove(d.getArticleId());
                } else if (v instanceof DeadLetter l && l.getUrl() != null) {
                    pending.remove(io.newsline.schemas.ids.ArticleIds.of(l.getUrl()));
                }
            }, pending::isEmpty);
            assertThat(done).as("pages without a decision in %s: %s", topics.suffix(), pending).isTrue();
        }
    }

    /** Records on each topic of a deployment except raw pages (end offsets summed over partitions). */
    Map<String, Long> outputCounts(TopicCatalogue topics) {
        Map<String, Long> counts = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaClients.consumer(live),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (TopicSpec<?, ?> topic : topics.all()) {
                if (topic.logicalName().equals("raw")) {
                    continue;
                }
                List<TopicPartition> partitions = new ArrayList<>();
                consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
                counts.put(topic.logicalName(), consumer.endOffsets(partitions).values().stream()
                        .mapToLong(Long::longValue).sum());
            }
        }
        return counts;
    }

    List<Object> read(NewslineConfig config, TopicSpec<?, ?> entry) {
        List<Object> values = new ArrayList<>();
        try (TopicReader reader = new TopicReader(config, List.of(TopicCatalogue.of(config).name(entry)), true)) {
            reader.readToEnd(Duration.ofSeconds(30), r -> values.add(TopicReader.decode(r.topic(), r.value())));
        }
        return values;
    }

    @Test
    void aShadowRunWritesOnlyItsOwnTopicsAndAgreesWithLive() throws Exception {
        Map<String, Long> liveBefore = outputCounts(TopicCatalogue.of(live));
        CommandOutput create = CommandOutput.run("topics", "create", "--bootstrap-servers", broker.bootstrapServers(),
                "--shadow", "backfill-2026-11", "-D", "topic.replication.factor=1", "-D", "topic.partitions=1");
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.err()).contains("news.events.v1.backfill-2026-11").doesNotContain("news.pages.raw.v1");

        NewslineConfig shadow = live.with("topic.suffix", "backfill-2026-11");
        runUntilDecided(shadow);

        assertThat(outputCounts(TopicCatalogue.of(live))).as("live topics after the shadow run").isEqualTo(liveBefore);
        assertThat(read(shadow, Topics.DECISIONS)).hasSameSizeAs(read(live, Topics.DECISIONS));
        assertThat(read(shadow, Topics.EVENTS)).hasSameSizeAs(read(live, Topics.EVENTS)).isNotEmpty()
                .allSatisfy(e -> assertThat(e).isInstanceOf(StoryEvent.class));
        assertThat(read(shadow, Topics.EVENTS)).extracting(e -> ((StoryEvent) e).getEventId().toString())
                .containsExactlyInAnyOrderElementsOf(read(live, Topics.EVENTS).stream()
                        .map(e -> ((StoryEvent) e).getEventId().toString()).toList());

        CommandOutput compare = CommandOutput.run("compare", "--bootstrap-servers", broker.bootstrapServers(),
                "--shadow", "backfill-2026-11");
        assertThat(compare.exitCode()).as(compare.out() + compare.err()).isZero();
        assertThat(compare.out()).contains("articles\tlive " + articleIds.size() + "\tshadow " + articleIds.size()
                + "\tdecided differently 0").contains("split 0\tmerged 0").contains("agree");
    }

    @Test
    void compareReportsWhatAShadowRunConfiguredOtherwiseDecidedDifferently() throws Exception {
        String suffix = "small-pages";
        // The two HTML pages of the bundled samples (stories of their own, each without copies) are above 20,000
        // bytes: this run dead-letters them as oversize.
        NewslineConfig shadow = live.with(Map.of("topic.suffix", suffix, "ingest.max.body.bytes", "20000"));
        TopicAdmin.createAll(shadow);
        runUntilDecided(shadow);

        CommandOutput compare = CommandOutput.run("compare", "--bootstrap-servers", broker.bootstrapServers(),
                "--shadow", suffix);
        assertThat(compare.exitCode()).as(compare.out() + compare.err()).isEqualTo(CompareCommand.DIFFERENT);
        String titan = io.newsline.schemas.ids.ArticleIds.of(
                "https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan");
        assertThat(compare.out())
                .contains("articles\tlive " + articleIds.size() + "\tshadow " + (articleIds.size() - 2)
                        + "\tdecided differently 0\tonly live 2\tonly shadow 0")
                .contains("only live\t" + titan)
                .contains("live and shadow small-pages differ");
    }
}
