package io.newsline.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDataDirectory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        int brokerPort;
        int controllerPort;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(data, 0, 0, Map.of()).start()) {
            brokerPort = broker.brokerPort();
            controllerPort = broker.controllerPort();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k", "survives a restart")).get();
            }
        }
        assertThat(Files.exists(data.resolve("meta.properties"))).isTrue();

        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.persistent(data, brokerPort, controllerPort, Map.of()).start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", again.bootstrapServers()));
             var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", again.bootstrapServers(),
                     "group.id", "reader", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            assertThat(admin.listTopics().names().get()).contains("kept");
            consumer.subscribe(Set.of("kept"));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                for (var r : records) {
                    value = r.value();
                }
            }
            assertThat(value).isEqualTo("survives a restart");
        }
    }

    @Test
    void ephemeralBrokerDeletesItsDirectoryOnClose() {
        Path data;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.ephemeral().start()) {
            data = broker.dataDir();
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(Files.exists(data)).isTrue();
        }
        assertThat(Files.exists(data)).isFalse();
    }
}
