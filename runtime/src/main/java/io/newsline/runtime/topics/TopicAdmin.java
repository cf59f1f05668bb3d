package io.newsline.runtime.topics;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the catalogue's topics with their settings, applying per-deployment overrides from configuration:
 * {@code topic.replication.factor} and {@code topic.min.insync.replicas} for every topic, and per topic
 * {@code topic.<logical>.partitions}, {@code .replication.factor}, {@code .min.insync.replicas},
 * {@code .retention.ms}, {@code .max.message.bytes} (logical names: raw, clean, enriched, decisions, stories,
 * events, events.json, dlq). Existing topics are left as they are.
 */
public final class TopicAdmin {

    private TopicAdmin() {}

    /** The catalogue's settings with this deployment's overrides applied. */
    public static TopicSpec.TopicSettings settings(TopicSpec<?, ?> topic, NewslineConfig config) {
        String prefix = "topic." + topic.logicalName() + ".";
        TopicSpec.TopicSettings s = topic.settings();
        short replication = (short) config.getInt(prefix + "replication.factor",
                config.getInt("topic.replication.factor", s.replicationFactor()));
        int minIsr = config.getInt(prefix + "min.insync.replicas",
                config.getInt("topic.min.insync.replicas", s.minInsyncReplicas()));
        return s.withPartitions(config.getInt(prefix + "partitions", config.getInt("topic.partitions", s.partitions())))
                .withReplication(replication, Math.min(minIsr, replication))
                .withRetention(Duration.ofMillis(config.getLong(prefix + "retention.ms", s.retention().toMillis())))
                .withMaxMessageBytes(config.getInt(prefix + "max.message.bytes", s.maxMessageBytes()));
    }

    /**
     * Creates every topic of the deployment the configuration describes (a shadow deployment's own names, see
     * {@link TopicCatalogue}) that does not exist yet; returns the names it created.
     */
    public static List<String> createAll(NewslineConfig config) {
        try (Admin admin = Admin.create(KafkaClients.admin(config))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> wanted = new ArrayList<>();
            for (TopicSpec<?, ?> topic : TopicCatalogue.of(config).all()) {
                if (existing.contains(topic.name())) {
                    continue;
                }
                TopicSpec.TopicSettings s = topic.settings();
                wanted.add(new NewTopic(topic.name(), s.partitions(), s.replicationFactor()).configs(s.configs()));
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(wanted).values().entrySet()) {
                try {
                    entry.getValue().get();
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
