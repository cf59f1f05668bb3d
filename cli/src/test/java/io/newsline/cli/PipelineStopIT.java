package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code newsline run} stops: its apps close side by side within one {@code app.close.timeout}, and a clean
 * stop leaves the consumer group, so {@code newsline reset} runs right after it.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineStopIT {

    @Test
    void stoppingAllAppsWithTheBrokerGoneWaitsOneTimeoutNotOnePerApp(@TempDir Path dir) throws Exception {
        Duration timeout = Duration.ofSeconds(8);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.ephemeral().start()) {
            String bootstrap = broker.bootstrapServers();
            // Commits far apart keep each app's transaction open once it has written something.
            NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", bootstrap,
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1",
                    "app.state.dir", dir.toString(), "http.port", "-1", "app.close.timeout", timeout.toString(),
                    "commit.interval.ms", "120000", "producer.transaction.timeout.ms", "180000"));
            TopicAdmin.createAll(config);
            Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
            pipeline.awaitRunning(Duration.ofMinutes(2));
            // A record no app can read, on each app's input: each writes a dead letter in a transaction left open.
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (TopicSpec<?, ?> input : List.of(Topics.RAW_PAGES, Topics.CLEAN_ARTICLES, Topics.ENRICHED_ARTICLES)) {
                    producer.send(new ProducerRecord<>(input.name(), "unreadable", new byte[] {0x13, 0x37})).get();
                }
            }
            List<String> applicationIds = pipeline.apps().stream().map(StreamsApp::applicationId).toList();
            awaitOpenTransactions(bootstrap, applicationIds);

            broker.stop();
            long began = System.nanoTime();
            Pipeline.Stopped stopped = pipeline.stop();
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(stopped.timeout()).isEqualTo(timeout);
            assertThat(stopped.closed()).containsOnlyKeys("ingest", "enrich", "publish");
            // With no broker to commit their open transactions to, every app waits out its whole timeout: one after
            // another that is three timeouts; side by side, one.
            assertThat(stopped.notClosedInTime()).as("reported as not closed in time")
                    .containsExactly("ingest", "enrich", "publish");
            assertThat(took).as("one timeout for all three apps, with room for a slow machine")
                    .isLessThan(timeout.multipliedBy(2));
        }
    }

    /** Waits until every app has a transaction in progress (its transactional ids start with its application id). */
    private static void awaitOpenTransactions(String bootstrap, List<String> applicationIds) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            List<String> open = List.of();
            while (System.nanoTime() < deadline) {
                List<String> ongoing = admin.listTransactions(new ListTransactionsOptions()
                        .filterStates(List.of(TransactionState.ONGOING))).all().get().stream()
                        .map(TransactionListing::transactionalId).toList();
                open = applicationIds.stream().filter(id -> ongoing.stream().anyMatch(t -> t.startsWith(id))).toList();
                if (open.size() == applicationIds.size()) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("open transactions only for " + open + " of " + applicationIds);
        }
    }

    @Test
    void aCleanStopLeavesTheConsumerGroupSoResetRunsAtOnce(KafkaBroker broker, @TempDir Path dir) throws Exception {
        String bootstrap = broker.bootstrapServers();
        String appId = "stop-ingest-" + UUID.randomUUID().toString().substring(0, 8);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", bootstrap,
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1",
                "app.state.dir", dir.toString(), "http.port", "-1", "app.ingest.application.id", appId));
        TopicAdmin.createAll(config);
        Pipeline pipeline = new Pipeline(Pipeline.definitions("ingest"), config).start();
        pipeline.awaitRunning(Duration.ofMinutes(2));
        assertThat(group(bootstrap, appId).members()).as("the running app is a member of its group").isNotEmpty();

        Pipeline.Stopped stopped = pipeline.stop();
        assertThat(stopped.notClosedInTime()).isEmpty();
        // Asked right away: without leaving, the member would stay until session.timeout.ms (45 s) had passed.
        assertThat(group(bootstrap, appId).members()).as("members right after the stop").isEmpty();

        CommandOutput reset = CommandOutput.run("reset", "ingest", "--to-earliest", "--bootstrap-servers", bootstrap,
                "-D", "app.ingest.application.id=" + appId, "-D", "app.state.dir=" + dir);
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.err()).doesNotContain("refused").contains("reset " + appId);
    }

    private static ConsumerGroupDescription group(String bootstrap, String groupId) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get();
        }
    }
}
