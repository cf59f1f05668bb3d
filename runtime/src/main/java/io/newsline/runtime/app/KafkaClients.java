package io.newsline.runtime.app;

import io.newsline.runtime.config.NewslineConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Client settings for each kind of Kafka client, taken from the Kafka part of {@link NewslineConfig} and filtered
 * to the keys that client knows, so that one configuration (SASL, TLS, sizes) serves producers, consumers, admin
 * clients and Streams without "unknown config" noise.
 */
public final class KafkaClients {

    private KafkaClients() {}

    public static Map<String, Object> admin(NewslineConfig config) {
        return filter(config, AdminClientConfig.configNames());
    }

    public static Map<String, Object> producer(NewslineConfig config) {
        return filter(config, ProducerConfig.configNames());
    }

    public static Map<String, Object> consumer(NewslineConfig config) {
        return filter(config, ConsumerConfig.configNames());
    }

    /** Streams settings plus client settings, which Streams hands to its own clients. */
    public static Map<String, Object> streams(NewslineConfig config) {
        Map<String, Object> out = new HashMap<>();
        config.kafkaSettings().forEach((k, v) -> {
            if (isStreamsSetting(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Streams' own setting names ({@code configDef()} copies its definition on every call). */
    private static final Set<String> STREAMS_NAMES = Set.copyOf(StreamsConfig.configDef().names());

    /** Whether a Streams client takes this setting: its own, its clients', or one prefixed for one of its clients. */
    public static boolean isStreamsSetting(String k) {
        return STREAMS_NAMES.contains(k) || ProducerConfig.configNames().contains(k)
                || ConsumerConfig.configNames().contains(k) || AdminClientConfig.configNames().contains(k)
                || k.startsWith("producer.") || k.startsWith("consumer.") || k.startsWith("admin.")
                || k.startsWith("main.consumer.") || k.startsWith("restore.consumer.")
                || k.startsWith("global.consumer.");
    }

    private static Map<String, Object> filter(NewslineConfig config, Set<String> names) {
        Map<String, Object> out = new HashMap<>();
        config.kafkaSettings().forEach((k, v) -> {
            if (names.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
