package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.AvroSerde;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.RawPage;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads newsline topics with {@code isolation.level=read_committed} (only what committed transactions wrote) and
 * decodes their records: Avro contracts to their classes, raw pages from JSON or Avro. No consumer group offsets are
 * committed. Not thread-safe.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    public TopicReader(NewslineConfig config, Collection<String> topics, boolean fromBeginning) {
        Map<String, Object> props = new HashMap<>(KafkaClients.consumer(config));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsline-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    /** Polls once, handing every record to the consumer. */
    public int poll(Duration timeout, Consumer<ConsumerRecord<String, byte[]>> handler) {
        var records = consumer.poll(timeout);
        records.forEach(handler);
        return records.count();
    }

    /** True once the consumer has partitions assigned (joining the group takes a few seconds on a fresh reader). */
    public boolean assigned() {
        return !consumer.assignment().isEmpty();
    }

    /** Polls until the condition holds or the timeout passes; returns whether it held. */
    public boolean pollUntil(Duration timeout, Consumer<ConsumerRecord<String, byte[]>> handler,
                             java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            poll(Duration.ofMillis(200), handler);
        }
        return true;
    }

    /** Reads until the end offsets as of now, for every assigned partition. */
    public void readToEnd(Duration timeout, Consumer<ConsumerRecord<String, byte[]>> handler) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100), handler);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        Predicate<TopicPartition> behind = tp -> consumer.position(tp) < end.get(tp);
        while (consumer.assignment().stream().anyMatch(behind) && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200), handler);
        }
    }

    /** Decodes a record of a catalogue topic (a JSON topic's value to its text); null when it does not decode. */
    public static Object decode(String topic, byte[] value) {
        if (value == null) {
            return null;
        }
        TopicSpec<?, ?> spec = Topics.byName(topic);
        try {
            if (spec == Topics.RAW_PAGES) {
                Outcome<RawPage> page = RawPageDecoder.decode(value);
                return page instanceof Outcome.Ok<RawPage> ok ? ok.value() : null;
            }
            if (spec.valueSerde() instanceof AvroSerde<?> avro) {
                return avro.codec().decode(value);
            }
            return new String(value, java.nio.charset.StandardCharsets.UTF_8); // a JSON topic
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A record as one JSON line: the decoded value, or an error object naming the offset. */
    public static String toJsonLine(ConsumerRecord<String, byte[]> record) {
        Object value = decode(record.topic(), record.value());
        if (value instanceof SpecificRecord r) {
            return AvroJson.toJsonLine(r);
        }
        if (value instanceof String json) {
            return json;
        }
        return "{\"error\":\"undecodable record\",\"topic\":\"" + record.topic() + "\",\"partition\":"
                + record.partition() + ",\"offset\":" + record.offset() + "}";
    }

    /**
     * A record as it is on the topic, as one JSON line: {@code topic}, {@code partition}, {@code offset},
     * {@code timestamp} (epoch milliseconds), {@code key} (UTF-8) and {@code value} (base64, null for a tombstone).
     * Consumers in other languages decode such captures offline (README, Reading the topics).
     */
    public static String toRawJsonLine(ConsumerRecord<String, byte[]> record) {
        ObjectNode node = AvroJson.MAPPER.createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", record.timestamp());
        node.put("key", record.key());
        node.put("value", record.value() == null ? null : Base64.getEncoder().encodeToString(record.value()));
        return node.toString();
    }

    public static List<String> names(Collection<TopicSpec<?, ?>> specs) {
        return specs.stream().map(TopicSpec::name).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
