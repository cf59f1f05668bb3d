package io.newsline.cli;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsline replay}: re-sends the records of a time range of a topic (raw pages by default) to a topic (the
 * same one by default), with their original keys, headers and timestamps. Start and end offsets come from the
 * broker's time index ({@code offsetsForTimes}); the end is fixed before anything is sent, so replaying a topic into
 * itself ends. Reads committed records only.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-submit the records of a time range (offsets by timestamp), keeping their timestamps.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;
    @Option(names = "--from", required = true, paramLabel = "TS", description = "Start, inclusive: an ISO instant (2026-11-01T00:00:00Z) or a date (UTC).")
    String from;
    @Option(names = "--to", required = true, paramLabel = "TS", description = "End, exclusive: an ISO instant or a date (UTC).")
    String to;
    @Option(names = "--source", paramLabel = "TOPIC", description = "Topic to read (default: news.pages.raw.v1).")
    String source;
    @Option(names = "--target", paramLabel = "TOPIC", description = "Topic to write (default: the source topic).")
    String target;

    @Override
    public Integer call() {
        Instant start = config.time("--from", from);
        Instant end = config.time("--to", to);
        if (!start.isBefore(end)) {
            throw config.mistake("--from must be before --to");
        }
        NewslineConfig cfg = config.connect();
        String sourceTopic = source == null ? TopicCatalogue.of(cfg).name(Topics.RAW_PAGES) : source;
        String targetTopic = target == null ? sourceTopic : target;
        KafkaCheck.requireTopics(cfg, config.timeout(), java.util.Set.copyOf(List.of(sourceTopic, targetTopic)));
        Map<String, Object> consumerProps = new HashMap<>(KafkaClients.consumer(cfg));
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> producerProps = new HashMap<>(KafkaClients.producer(cfg));
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(sourceTopic, config.timeout()).stream()
                    .map(p -> new TopicPartition(sourceTopic, p.partition())).toList();
            Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> firstOffsets = offsets(consumer, partitions, start, latest);
            Map<TopicPartition, Long> endOffsets = offsets(consumer, partitions, end, latest);
            long total = 0;
            Map<TopicPartition, Long> todo = new HashMap<>();
            for (TopicPartition tp : partitions) {
                if (firstOffsets.get(tp) < endOffsets.get(tp)) {
                    todo.put(tp, endOffsets.get(tp));
                    total += endOffsets.get(tp) - firstOffsets.get(tp);
                }
            }
            consumer.assign(todo.keySet());
            todo.keySet().forEach(tp -> consumer.seek(tp, firstOffsets.get(tp)));
            try (ProgressBar bar = ProgressBars.of("replay", total, " records")) {
                while (!todo.isEmpty()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                        Long stop = todo.get(tp);
                        if (stop == null || r.offset() >= stop) {
                            continue;
                        }
                        producer.send(new ProducerRecord<>(targetTopic, null, r.timestamp(), r.key(), r.value(),
                                r.headers()));
                        sent++;
                    }
                    // Offsets skipped by transaction markers and aborted records count as done.
                    for (TopicPartition tp : List.copyOf(todo.keySet())) {
                        if (consumer.position(tp) >= todo.get(tp)) {
                            todo.remove(tp);
                        }
                    }
                    bar.stepTo(Math.min(total, done(consumer, firstOffsets, endOffsets)));
                }
                bar.stepTo(total);
            }
            producer.flush();
        }
        System.err.println("replayed " + sent + " records from " + sourceTopic + " [" + start + ", " + end + ") to "
                + targetTopic);
        return 0;
    }

    /** Per partition, the first offset at or after {@code time}, or the end offset when there is none. */
    private static Map<TopicPartition, Long> offsets(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions,
                                                     Instant time, Map<TopicPartition, Long> latest) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, time.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
        Map<TopicPartition, Long> out = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp o = found.get(tp);
            out.put(tp, o == null ? latest.get(tp) : o.offset());
        }
        return out;
    }

    private static long done(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> first, Map<TopicPartition, Long> end) {
        long done = 0;
        for (TopicPartition tp : first.keySet()) {
            if (first.get(tp) < end.get(tp)) {
                long pos = consumer.assignment().contains(tp) ? consumer.position(tp) : end.get(tp);
                done += Math.min(pos, end.get(tp)) - first.get(tp);
            }
        }
        return done;
    }
}
