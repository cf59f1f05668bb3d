package io.newsline.cli.bench;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The raw Kafka baseline: the same page bytes produced and consumed, no processing. Stateless. */
final class KafkaBaseline {

    private KafkaBaseline() {}

    static double rawKafkaBaseline(EmbeddedKafkaBroker broker, List<byte[]> pages) throws Exception {
        String topic = "bench.baseline." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(16 * 1024 * 1024))))).all().get();
        }
        Map<String, Object> props = Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "bench-" + topic,
                "auto.offset.reset", "earliest", "isolation.level", "read_committed",
                "max.partition.fetch.bytes", 16 * 1024 * 1024);
        int read = 0;
        long t0;
        long t1;
        // Clients connected and the consumer assigned before the clock starts: the baseline is the bytes' way only.
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = producer(broker)) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            producer.partitionsFor(topic);
            t0 = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), pages.get(i)));
            }
            producer.flush();
            while (read < pages.size()) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            t1 = System.nanoTime();
        }
        return pages.size() / ((t1 - t0) / 1e9);
    }

    static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(), "enable.idempotence", true,
                "acks", "all", "max.request.size", 16 * 1024 * 1024, "compression.type", "zstd", "linger.ms", 5),
                new StringSerializer(), new ByteArraySerializer());
    }
}
