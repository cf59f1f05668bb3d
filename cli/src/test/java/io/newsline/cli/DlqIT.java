package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code newsline dlq}: list by stage and reason, show one, redrive selected ones to their source topic. */
@ExtendWith(KafkaBrokerExtension.class)
class DlqIT {

    @Test
    void listsShowsAndRedrivesDeadLettersToTheirSourceTopic(KafkaBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", bootstrap,
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1"));
        TopicAdmin.createAll(config);
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeadLetters ingest = new DeadLetters("newsline-ingest", "test", Stage.INGEST, 8, Clock.systemUTC());
        byte[] page = ("{\"url\":\"https://x.example/" + run + "\",\"body\":\"<p>x</p>\"}").getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        headers.add("crawl.id", run.getBytes(StandardCharsets.UTF_8));
        DeadLetter fixable = ingest.create(DeadLetterReason.MISSING_FIELD, "no title " + run, null,
                new DeadLetters.Origin(Topics.RAW_PAGES.name(), 0, 7, ("page-" + run).getBytes(StandardCharsets.UTF_8),
                        headers), page, null, null);
        DeadLetters bigCap = new DeadLetters("newsline-ingest", "test", Stage.INGEST, 1 << 20, Clock.systemUTC());
        DeadLetter whole = bigCap.create(DeadLetterReason.MISSING_FIELD, "no title " + run, null,
                new DeadLetters.Origin(Topics.RAW_PAGES.name(), 0, 8, ("page-" + run).getBytes(StandardCharsets.UTF_8),
                        headers), page, null, null);
        DeadLetter other = bigCap.create(DeadLetterReason.UNDECODABLE, "garbage " + run, null,
                new DeadLetters.Origin(Topics.RAW_PAGES.name(), 0, 9, ("garbage-" + run).getBytes(StandardCharsets.UTF_8),
                        null), new byte[] {1, 2}, null, null);
        assertThat(fixable.getValueTruncated()).as("a value above the cap is kept truncated").isTrue();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            for (DeadLetter l : List.of(fixable, whole, other)) {
                producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), "dl-" + run,
                        Topics.DEAD_LETTERS.valueSerde().serializer().serialize(Topics.DEAD_LETTERS.name(), l))).get();
            }
        }

        CommandOutput list = CommandOutput.run("dlq", "list", "--bootstrap-servers", bootstrap, "--stage", "ingest",
                "--reason", "missing-field");
        assertThat(list.exitCode()).isZero();
        List<String> ours = list.out().lines().filter(l -> l.contains("page-" + run)).toList();
        assertThat(ours).hasSize(2).allSatisfy(l -> assertThat(l).contains("\tingest\tmissing-field\tnews.pages.raw.v1:0:"));
        assertThat(list.out()).doesNotContain("garbage-" + run);
        assertThat(list.err()).contains("ingest missing-field");
        String truncatedId = ours.get(0).split("\t")[0];
        String wholeId = ours.get(1).split("\t")[0];

        CommandOutput show = CommandOutput.run("dlq", "show", "--bootstrap-servers", bootstrap, wholeId);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("\"reason\":\"missing-field\"").contains("no title " + run)
                .contains("\"sourceOffset\":8");

        CommandOutput dry = CommandOutput.run("dlq", "redrive", "--bootstrap-servers", bootstrap, "--id", wholeId, "--dry-run");
        assertThat(dry.out()).contains("would redrive " + wholeId + " -> news.pages.raw.v1");

        CommandOutput redrive = CommandOutput.run("dlq", "redrive", "--bootstrap-servers", bootstrap,
                "--id", wholeId + "," + truncatedId);
        assertThat(redrive.exitCode()).as("a truncated value cannot be redriven: reported, exit 3").isEqualTo(3);
        assertThat(redrive.err()).contains("skip " + truncatedId + ": value truncated").contains("redrove 1, skipped 1");

        List<ConsumerRecord<String, byte[]>> raw = new ArrayList<>();
        try (TopicReader reader = new TopicReader(config, List.of(Topics.RAW_PAGES.name()), true)) {
            reader.readToEnd(Duration.ofSeconds(30), r -> {
                if (("page-" + run).equals(r.key())) {
                    raw.add(r);
                }
            });
        }
        assertThat(raw).as("exactly the one whole dead letter is back on its source topic, unchanged").hasSize(1);
        assertThat(raw.get(0).value()).isEqualTo(page);
        assertThat(new String(raw.get(0).headers().lastHeader("crawl.id").value(), StandardCharsets.UTF_8)).isEqualTo(run);
        assertThat(new String(raw.get(0).headers().lastHeader(DlqCommand.HEADER_REDRIVEN_FROM).value(),
                StandardCharsets.UTF_8)).isEqualTo(wholeId);

        CommandOutput unknown = CommandOutput.run("dlq", "redrive", "--bootstrap-servers", bootstrap,
                "--id", wholeId + ",0:999999", "--dry-run");
        assertThat(unknown.exitCode()).as("an id with no dead letter is reported, exit 1").isEqualTo(1);
        assertThat(unknown.out()).contains("would redrive " + wholeId);
        assertThat(unknown.err()).contains("no dead letter 0:999999").doesNotContain("no dead letter " + wholeId);

        assertThat(CommandOutput.run("dlq", "redrive", "--bootstrap-servers", bootstrap).exitCode())
                .as("redrive without a selection refuses").isEqualTo(2);
    }
}
