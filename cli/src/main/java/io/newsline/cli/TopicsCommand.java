package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsline topics create|list}: makes the catalogue's topics on a cluster, refusing, with the command that
 * fits, a replication factor above the cluster's broker count; and lists what the catalogue wants beside what the
 * cluster has.
 */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Create or list the catalogue's topics.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.ListTopics.class})
final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create the catalogue's topics with their settings (existing ones are left alone); with "
                    + "--shadow, the shadow deployment's.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Option(names = "--replication-factor", paramLabel = "N", description = "Replicas of every topic (default: "
                + "topic.replication.factor, 3); min.insync.replicas is lowered to N when above it. A single broker "
                + "takes 1.")
        Short replicationFactor;

        @Override
        public Integer call() {
            Map<String, String> more = new HashMap<>();
            if (replicationFactor != null) {
                if (replicationFactor < 1) {
                    throw config.mistake("--replication-factor must be 1 or more");
                }
                more.put("topic.replication.factor", replicationFactor.toString());
                for (TopicSpec<?, ?> t : TopicCatalogue.of(config.load()).all()) {
                    more.put("topic." + t.logicalName() + ".replication.factor", replicationFactor.toString());
                }
            }
            NewslineConfig cfg = config.connect().with(more);
            int brokers = brokers(cfg, config.timeout());
            Set<String> existing = KafkaCheck.topicNames(cfg, config.timeout());
            List<String> tooMany = TopicCatalogue.of(cfg).all().stream()
                    .filter(t -> !existing.contains(t.name()) && t.settings().replicationFactor() > brokers)
                    .map(t -> t.name() + " (" + t.settings().replicationFactor() + ")").toList();
            if (!tooMany.isEmpty()) {
                throw new CommandFailure("the cluster at " + cfg.require(NewslineConfig.BOOTSTRAP_SERVERS) + " has "
                        + brokers + (brokers == 1 ? " broker" : " brokers") + ", fewer than the replicas of "
                        + String.join(", ", tooMany) + "; " + hint(brokers));
            }
            List<String> created = TopicAdmin.createAll(cfg);
            awaitListed(cfg, created, config.timeout());
            System.err.println(created.isEmpty() ? "all topics exist" : "created " + String.join(", ", created));
            return 0;
        }

        /**
         * Waits until the broker lists the new topics: the controller has created them when the request returns, but
         * a broker's metadata may follow a moment later, and a command run right after (submit) would not find them.
         */
        private static void awaitListed(NewslineConfig cfg, List<String> created, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!KafkaCheck.topicNames(cfg, timeout).containsAll(created)) {
                if (System.nanoTime() > deadline) {
                    throw new CommandFailure("created " + String.join(", ", created) + ", but "
                            + cfg.require(NewslineConfig.BOOTSTRAP_SERVERS) + " does not list them within "
                            + KafkaCheck.seconds(timeout));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CommandFailure("interrupted");
                }
            }
        }

        private String hint(int brokers) {
            if (brokers > 1) {
                return "add brokers or give --replication-factor " + brokers + " or less";
            }
            // The user's own command (its deployment: --shadow, -D...) with one replica.
            List<String> args = new ArrayList<>();
            List<String> given = config.command.commandLine().getParseResult().originalArgs();
            for (int i = 0; i < given.size(); i++) {
                String arg = given.get(i);
                if (arg.equals("--replication-factor")) {
                    i++;
                } else if (!arg.startsWith("--replication-factor=")) {
                    args.add(arg.matches("[\\w@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
                }
            }
            return "for local work with one broker: newsline " + String.join(" ", args) + " --replication-factor 1";
        }

        /** The command that prepares a single local broker for the apps. */
        static String command(String bootstrapServers) {
            return "newsline topics create --bootstrap-servers " + bootstrapServers + " --replication-factor 1";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The catalogue's topics with the settings it wants and, beside them, what the cluster has.")
    static final class ListTopics implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Option(names = "--offline", description = "Only the catalogue; do not ask the cluster.")
        boolean offline;

        @Override
        public Integer call() {
            NewslineConfig cfg = offline ? config.load() : config.connect();
            List<TopicSpec<?, ?>> topics = TopicCatalogue.of(cfg).all();
            Map<String, String> has = offline ? Map.of() : describe(cfg, config.timeout(),
                    topics.stream().map(TopicSpec::name).toList());
            for (TopicSpec<?, ?> t : topics) {
                var s = t.settings();
                System.out.printf("%-26s wants partitions=%d rf=%d %s%s  %s%n", t.name(), s.partitions(),
                        s.replicationFactor(), new TreeMap<>(s.configs()),
                        offline ? "" : "  has " + has.getOrDefault(t.name(), "nothing (missing)"), t.description());
            }
            return 0;
        }

        /** Per existing topic: its partitions, replication and the configs that differ from the catalogue's. */
        private static Map<String, String> describe(NewslineConfig cfg, Duration timeout, Collection<String> names) {
            return KafkaCheck.ask(cfg, timeout, "describe the topics", admin -> {
                Set<String> existing = KafkaCheck.await(admin.listTopics().names(), timeout);
                List<String> present = names.stream().filter(existing::contains).toList();
                Map<String, TopicDescription> described = KafkaCheck.await(
                        admin.describeTopics(present).allTopicNames(), timeout);
                List<ConfigResource> resources = present.stream()
                        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
                Map<ConfigResource, Config> configs = KafkaCheck.await(admin.describeConfigs(resources).all(), timeout);
                Map<String, String> out = new HashMap<>();
                for (TopicSpec<?, ?> t : TopicCatalogue.of(cfg).all()) {
                    TopicDescription d = described.get(t.name());
                    if (d != null) {
                        out.put(t.name(), "partitions=" + d.partitions().size() + " rf="
                                + d.partitions().get(0).replicas().size() + differences(t, configs.get(
                                        new ConfigResource(ConfigResource.Type.TOPIC, t.name()))));
                    }
                }
                return out;
            });
        }

        /** The topic's configs that differ from what the catalogue wants, or that they are as wanted. */
        private static String differences(TopicSpec<?, ?> topic, Config has) {
            List<String> differ = new ArrayList<>();
            new TreeMap<>(topic.settings().configs()).forEach((key, wanted) -> {
                var entry = has == null ? null : has.get(key);
                String value = entry == null ? null : entry.value();
                if (!wanted.equals(value)) {
                    differ.add(key + "=" + value);
                }
            });
            return differ.isEmpty() ? " as wanted" : " differs: " + String.join(", ", differ);
        }
    }

    /** How many brokers the cluster has. */
    static int brokers(NewslineConfig cfg, Duration timeout) {
        return KafkaCheck.ask(cfg, timeout, "describe the cluster",
                admin -> KafkaCheck.await(admin.describeCluster().nodes(), timeout).size());
    }
}
