package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.cli.fuzz.FuzzKind;
import io.newsline.cli.fuzz.FuzzRun;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite on a real broker: a few hundred records of every malformed kind and valid pages through the three
 * apps, on topics of their own (a shadow deployment with its own raw topic, so nothing other tests wrote is read).
 * Every record ends exactly once as its kind must, every clean article gets one decision, the counters move by what
 * the topics hold, nothing is reprocessed (no transaction aborted) and the apps stay ready.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FuzzIT {

    @Test
    void everyRecordOfEveryKindEndsExactlyOnceAsItMustAndTheCountersEqualTheTopics(KafkaBroker broker,
                                                                                    @TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "2",
                "topic.suffix", "fuzz-" + run, "topic.raw.name", "news.pages.raw.fuzz-" + run,
                "app.state.dir", dir.toString(), "http.port", "0", "http.host", "127.0.0.1"));
        TopicAdmin.createAll(config);
        List<FuzzRun.FuzzRecord> records = FuzzRun.generate(300, 22, run);
        assertThat(records.stream().map(FuzzRun.FuzzRecord::kind).distinct().count())
                .as("the sample holds most kinds").isGreaterThan(FuzzKind.values().length * 2 / 3);
        try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start()) {
            pipeline.awaitRunning(Duration.ofMinutes(2));
            FuzzRun.Report report = FuzzRun.run(config, records, () -> pipeline.registry().scrape(),
                    () -> pipeline.apps().stream().allMatch(StreamsApp::isReady), Duration.ofMinutes(8), System.err);
            report.print(System.err);
            assertThat(report.problems()).isEmpty();
            assertThat(report.notReadySamples()).isZero();
            assertThat(Arrays.stream(FuzzKind.values()).mapToInt(FuzzKind::weight).sum()).as("weights per 1,000")
                    .isEqualTo(1000);
            assertThat(Arrays.stream(FuzzKind.values()).filter(FuzzKind::valid).mapToInt(FuzzKind::weight).sum())
                    .as("valid pages are a fifth of the mix").isEqualTo(200);
        }
    }
}
