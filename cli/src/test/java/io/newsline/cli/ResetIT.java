package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline reset}: Kafka's StreamsResetter moves the app's committed input offsets; local state goes. */
@ExtendWith(KafkaBrokerExtension.class)
class ResetIT {

    @Test
    void dryRunChangesNothingAndResetMovesCommittedOffsetsToTheStartAndWipesLocalState(KafkaBroker broker,
            @TempDir Path stateDir) throws Exception {
        String bootstrap = broker.bootstrapServers();
        String appId = "reset-ingest-" + UUID.randomUUID().toString().substring(0, 8);
        TopicAdmin.createAll(NewslineConfig.defaults().with(Map.of("bootstrap.servers", bootstrap,
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1")));
        String raw = Topics.RAW_PAGES.name();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(raw, "k", "{}")).get();
        }
        // The app's group as a stopped app leaves it: offsets committed at the end of every partition.
        Map<TopicPartition, Long> end;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", appId), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(raw).stream()
                    .map(p -> new TopicPartition(raw, p.partition())).toList();
            end = consumer.endOffsets(parts);
            consumer.commitSync(end.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new OffsetAndMetadata(e.getValue()))));
        }
        assertThat(end.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        Path localState = stateDir.resolve("ingest").resolve(appId).resolve("0_0");
        Files.createDirectories(localState);
        Files.writeString(localState.resolve("checkpoint"), "x");

        String[] common = {"--bootstrap-servers", bootstrap, "-D", "app.ingest.application.id=" + appId,
                "-D", "app.state.dir=" + stateDir};
        CommandOutput dry = CommandOutput.run(concat(new String[] {"reset", "ingest", "--to-earliest", "--dry-run"}, common));
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.err()).contains("would delete local state");
        assertThat(committed(bootstrap, appId)).isEqualTo(end);
        assertThat(localState).exists();

        CommandOutput reset = CommandOutput.run(concat(new String[] {"reset", "ingest", "--to-earliest"}, common));
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(committed(bootstrap, appId)).as("every input partition back at its first offset")
                .allSatisfy((tp, offset) -> assertThat(offset).isZero());
        assertThat(stateDir.resolve("ingest").resolve(appId)).doesNotExist();

        // A time in any form the other commands take reaches the resetter in the one form it reads: after the
        // records, so every offset goes to the end.
        for (String time : List.of("2100-01-01T00:00:00Z", "2100-01-01", "2100-01-01T00:00:00.000+01:00")) {
            CommandOutput toTime = CommandOutput.run(concat(new String[] {"reset", "ingest", "--to-datetime", time}, common));
            assertThat(toTime.exitCode()).as(time + ": " + toTime.err()).isZero();
            assertThat(committed(bootstrap, appId)).as(time).isEqualTo(end);
        }

        assertThat(CommandOutput.run("reset", "ingest", "--bootstrap-servers", bootstrap).exitCode())
                .as("one of --to-earliest, --to-datetime, --by-duration is required").isNotZero();
    }

    static Map<TopicPartition, Long> committed(String bootstrap, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
