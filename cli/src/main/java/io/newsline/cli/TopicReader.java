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
import java.util.Set;
import java.util.Comparator;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads newsline topics with {@code isolation.level=read_committed} (only what committed transactions wrote) and
 * decodes their records: Avro contracts to their classes, raw pages from JSON or Avro. No consumer group offsets are
 * committed. Not thread-safe.
 */
public final class TopicReader implements AutoCloseable {

    /** Where a reader that is given its partitions starts in each of them. */
    public sealed interface Start {
        /** The earliest record still kept. */
        record Earliest() implements Start {}

        /** After the last record: only what comes. */
        record Latest() implements Start {}

        /** This offset; a negative one counts back from the end (-10: the last ten records). */
        record AtOffset(long offset) implements Start {}

        /** The first record with a timestamp at or after this time. */
        record AtTime(Instant time) implements Start {}
    }

    private final KafkaConsumer<String, byte[]> consumer;

    /** A reader of whole topics, joining a group of its own (partitions come after the group's first rebalance). */
    public TopicReader(NewslineConfig config, Collection<String> topics, boolean fromBeginning) {
        consumer = new KafkaConsumer<>(props(config, fromBeginning, true), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    private TopicReader(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /**
     * A reader given the partitions of one topic (all when {@code partitions} is empty) without joining a group,
     * positioned at {@code start} in each. Throws a {@link CommandFailure} when the topic or a partition does not
     * exist or the cluster does not answer within the timeout.
     */
    public static TopicReader of(NewslineConfig config, String topic, Set<Integer> partitions, Start start,
                                 Duration timeout) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props(config, start instanceof Start.Earliest,
                false), new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> all = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).sorted(Comparator.comparingInt(
                            TopicPartition::partition)).toList();
            if (all.isEmpty()) {
                throw new CommandFailure("no topic " + topic + " at " + config.require(NewslineConfig.BOOTSTRAP_SERVERS));
            }
            List<TopicPartition> chosen = all.stream().filter(tp -> partitions.isEmpty()
                    || partitions.contains(tp.partition())).toList();
            if (chosen.size() < partitions.size()) {
                throw new CommandFailure("topic " + topic + " has partitions 0 to " + (all.size() - 1) + " only",
                        CommandErrors.MISTAKE, null);
            }
            consumer.assign(chosen);
            seek(consumer, chosen, start, timeout);
            chosen.forEach(tp -> consumer.position(tp, timeout)); // resolve the start now, not in the first polls
            return new TopicReader(consumer);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw new CommandFailure("no answer from Kafka at " + config.require(NewslineConfig.BOOTSTRAP_SERVERS)
                        + " about topic " + topic + " within " + KafkaCheck.seconds(timeout));
            }
            throw e;
        }
    }

    private static void seek(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Start start,
                             Duration timeout) {
        if (start instanceof Start.Earliest) {
            consumer.seekToBeginning(partitions);
        } else if (start instanceof Start.Latest) {
            consumer.seekToEnd(partitions);
        } else if (start instanceof Start.AtOffset at) {
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            for (TopicPartition tp : partitions) {
                long offset = at.offset() < 0 ? end.get(tp) + at.offset() : at.offset();
                consumer.seek(tp, Math.max(first.get(tp), Math.min(offset, end.get(tp))));
            }
        } else if (start instanceof Start.AtTime at) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, at.time().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp o = found.get(tp);
                consumer.seek(tp, o == null ? end.get(tp) : o.offset());
            }
        }
    }

    private static Map<String, Object> props(NewslineConfig config, boolean fromBeginning, boolean group) {
        Map<String, Object> props = new HashMap<>(KafkaClients.consumer(config));
        if (group) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsline-reader-" + UUID.randomUUID());
        } else {
            props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        }
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
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

    /**
     * Reads until the end offsets as of now, for every assigned partition. Gives up when nothing moves for
     * {@code idle}, with a {@link CommandFailure}: stopping short would be a wrong answer.
     */
    public void readToEnd(Duration idle, Consumer<ConsumerRecord<String, byte[]>> handler) {
        long deadline = System.nanoTime() + idle.toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100), handler);
        }
        if (consumer.assignment().isEmpty()) {
            throw new CommandFailure("no partitions of " + consumer.subscription() + " assigned within "
                    + KafkaCheck.seconds(idle));
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), idle);
        Predicate<TopicPartition> behind = tp -> consumer.position(tp, idle) < end.get(tp);
        while (consumer.assignment().stream().anyMatch(behind)) {
            if (poll(Duration.ofMillis(200), handler) > 0) {
                deadline = System.nanoTime() + idle.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new CommandFailure("stopped reading " + consumer.assignment() + " before its end: nothing came "
                        + "for " + KafkaCheck.seconds(idle));
            }
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
        return toJsonLine(record, record.topic());
    }

    /** As {@link #toJsonLine(ConsumerRecord)}, decoding as the catalogue topic {@code decodeAs} (a logical name). */
    public static String toJsonLine(ConsumerRecord<String, byte[]> record, String decodeAs) {
        Object value = decode(decodeAs, record.value());
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
