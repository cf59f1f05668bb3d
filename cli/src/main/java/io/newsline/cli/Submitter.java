package io.newsline.cli;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import java.time.Instant;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.codec.RecordCodec;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends raw pages to {@code news.pages.raw.v1} (Avro RawPage, key: the URL). Refuses, with a message and a count,
 * what cannot be a raw page (an invalid JSON line) and what the topic would reject (a record larger than its
 * {@code max.message.bytes}); never fails silently. Not thread-safe.
 */
public final class Submitter implements AutoCloseable {

    /** What a submit did. */
    public record Report(List<String> submittedUrls, List<String> refused) {}

    private static final RecordCodec<RawPage> CODEC = RecordCodec.of(RawPage.class);

    private final KafkaProducer<String, byte[]> producer;
    private final int maxRecordBytes;
    private final String rawTopic;
    private final PrintStream err;
    private final List<String> submitted = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    public Submitter(NewslineConfig config, PrintStream err) {
        Map<String, Object> props = new HashMap<>(KafkaClients.producer(config));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // One request in flight: with several, a first request to a partition that fails retriably (the broker has
        // not applied a new topic yet, a timeout under load) can be overtaken by the next one, which a broker with no
        // state for this producer appends; every retry of the first then fails as out of order until the delivery
        // timeout (KAFKA-15591, apache/kafka#23234, seen with Kafka 4.4.0 in WarcSubmitIT at load 15)
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        this.maxRecordBytes = rawTopicLimit(config);
        this.rawTopic = TopicCatalogue.of(config).name(Topics.RAW_PAGES);
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes));
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.err = err;
    }

    /**
     * The raw topic's {@code max.message.bytes} as the broker has it (the catalogue's setting when the topic or the
     * permission to describe it is missing), so a page the broker would refuse is refused here with a message.
     */
    static int rawTopicLimit(NewslineConfig config) {
        int fallback = TopicAdmin.settings(Topics.RAW_PAGES, config).maxMessageBytes();
        try (Admin admin = Admin.create(KafkaClients.admin(config))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC,
                    TopicCatalogue.of(config).name(Topics.RAW_PAGES));
            Config described = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            ConfigEntry entry = described == null ? null : described.get("max.message.bytes");
            return entry == null || entry.value() == null ? fallback : Integer.parseInt(entry.value());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return fallback;
        }
    }

    /** The largest record the raw topic takes, as the broker has it. */
    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** Submits one input; refuses it with a message on {@code err} when it cannot go to the topic. */
    public void submit(PageFiles.Input input) {
        submit(input, null);
    }

    /**
     * Submits one input with this record timestamp (null: the time of sending), e.g. an archived page's capture
     * time, so a replay by time range and the freshness metric see when the page was fetched.
     */
    public void submit(PageFiles.Input input, Instant timestamp) {
        if (input.page() instanceof Outcome.Failed<RawPage> failed) {
            refuse(input.source() + ": refused, " + failed.message());
            return;
        }
        RawPage page = ((Outcome.Ok<RawPage>) input.page()).value();
        byte[] value = CODEC.encode(page);
        // Key and record overhead count against the limit too; keep a margin.
        int size = value.length + page.getUrl().length() + 512;
        if (size > maxRecordBytes) {
            refuse(input.source() + ": refused, page of " + value.length + " bytes is larger than the raw topic's "
                    + "max.message.bytes (" + maxRecordBytes + ")");
            return;
        }
        pending.add(producer.send(new ProducerRecord<>(rawTopic, null, timestamp == null ? null : timestamp.toEpochMilli(),
                page.getUrl(), value)));
        submitted.add(page.getUrl());
    }

    private void refuse(String message) {
        refused.add(message);
        err.println(message);
    }

    /** Waits for every send to be acknowledged. */
    public Report finish() {
        producer.flush();
        for (Future<RecordMetadata> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("send failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        pending.clear();
        return new Report(List.copyOf(submitted), List.copyOf(refused));
    }

    @Override
    public void close() {
        producer.close();
    }
}
