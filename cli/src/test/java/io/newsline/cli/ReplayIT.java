package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code newsline replay}: a time range by timestamp, original keys, headers and timestamps, into another topic or the same. */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayIT {

    static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "isolation.level", "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    @Test
    void replaysATimeRangeKeepingKeysHeadersAndTimestamps(KafkaBroker broker) throws Exception {
        String bootstrap = broker.bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String src = "replay-src-" + run;
        String dst = "replay-dst-" + run;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(src, 2, (short) 1), new NewTopic(dst, 1, (short) 1))).all().get();
        }
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("crawl", ("c" + i).getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(src, i % 2, base.minus(Duration.ofHours(5 - i)).toEpochMilli(),
                        "k" + i, "page " + i, headers)).get();
            }
        }
        String from = base.minus(Duration.ofMinutes(270)).toString(); // between k0 (-5h) and k1 (-4h)
        String to = base.minus(Duration.ofHours(1)).toString();       // k4 (-1h) is excluded: the end is exclusive

        CommandOutput replay = CommandOutput.run("replay", "--bootstrap-servers", bootstrap, "--from", from,
                "--to", to, "--source", src, "--target", dst);
        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).contains("replayed 3 records from " + src);

        List<ConsumerRecord<String, String>> out = readAll(bootstrap, dst);
        assertThat(out).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("k1", "k2", "k3");
        for (ConsumerRecord<String, String> r : out) {
            int i = Integer.parseInt(r.key().substring(1));
            assertThat(r.value()).isEqualTo("page " + i);
            assertThat(r.timestamp()).as("original timestamp kept").isEqualTo(base.minus(Duration.ofHours(5 - i)).toEpochMilli());
            assertThat(new String(r.headers().lastHeader("crawl").value(), StandardCharsets.UTF_8)).isEqualTo("c" + i);
        }

        // Into the same topic: the end is fixed before sending, so it ends, adding each record of the range once.
        CommandOutput self = CommandOutput.run("replay", "--bootstrap-servers", bootstrap, "--from", from, "--to", to,
                "--source", src);
        assertThat(self.exitCode()).isZero();
        assertThat(readAll(bootstrap, src)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("k0", "k1", "k2", "k3", "k4", "k1", "k2", "k3");

        assertThat(CommandOutput.run("replay", "--bootstrap-servers", bootstrap, "--from", to, "--to", from,
                "--source", src).exitCode()).as("an empty range is refused").isEqualTo(2);
    }
}
