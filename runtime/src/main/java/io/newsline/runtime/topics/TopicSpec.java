package io.newsline.runtime.topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the catalogue: its versioned name, the serdes of its key and value, and the settings it is created
 * with. Settings are defaults that {@link io.newsline.runtime.config.NewslineConfig} can override per deployment
 * ({@code topic.<logical>.partitions}, {@code .replication.factor}, {@code .min.insync.replicas},
 * {@code .retention.ms}, {@code .max.message.bytes}). Immutable.
 *
 * @param logicalName    short name used in configuration keys, e.g. {@code raw}
 * @param name           the Kafka topic name, versioned, e.g. {@code news.pages.raw.v1}
 * @param keySerde       serde of the key
 * @param valueSerde     serde of the value
 * @param settings       partitions, replication and topic-level configs
 * @param description    what flows on the topic, for the README and {@code newsline topics list}
 */
public record TopicSpec<K, V>(
        String logicalName,
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        TopicSettings settings,
        String description) {

    public TopicSpec {
        Objects.requireNonNull(logicalName);
        Objects.requireNonNull(name);
        Objects.requireNonNull(keySerde);
        Objects.requireNonNull(valueSerde);
        Objects.requireNonNull(settings);
    }

    /** Partitions, replication and topic configs. */
    public record TopicSettings(int partitions, short replicationFactor, int minInsyncReplicas, Duration retention,
                                boolean compacted, int maxMessageBytes) {

        /** The topic-level configs this topic is created with (compression is always zstd). */
        public Map<String, String> configs() {
            Map<String, String> configs = new HashMap<>();
            configs.put("cleanup.policy", compacted ? "compact" : "delete");
            if (!compacted) {
                configs.put("retention.ms", Long.toString(retention.toMillis()));
            }
            configs.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
            configs.put("compression.type", "zstd");
            configs.put("max.message.bytes", Integer.toString(maxMessageBytes));
            return configs;
        }

        public TopicSettings withPartitions(int partitions) {
            return new TopicSettings(partitions, replicationFactor, minInsyncReplicas, retention, compacted, maxMessageBytes);
        }

        public TopicSettings withReplication(short replicationFactor, int minInsyncReplicas) {
            return new TopicSettings(partitions, replicationFactor, minInsyncReplicas, retention, compacted, maxMessageBytes);
        }

        public TopicSettings withRetention(Duration retention) {
            return new TopicSettings(partitions, replicationFactor, minInsyncReplicas, retention, compacted, maxMessageBytes);
        }

        public TopicSettings withMaxMessageBytes(int maxMessageBytes) {
            return new TopicSettings(partitions, replicationFactor, minInsyncReplicas, retention, compacted, maxMessageBytes);
        }
    }

    public TopicSpec<K, V> withSettings(TopicSettings settings) {
        return new TopicSpec<>(logicalName, name, keySerde, valueSerde, settings, description);
    }

    public TopicSpec<K, V> withName(String name) {
        return new TopicSpec<>(logicalName, name, keySerde, valueSerde, settings, description);
    }
}
