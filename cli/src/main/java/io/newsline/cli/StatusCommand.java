package io.newsline.cli;

import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsline status}: each app's consumer group as the cluster sees it: its state ({@code Stable} while
 * instances run, {@code Empty} when none does, {@code Dead} when it never ran or was reset), its active members and
 * its lag, the records its committed offsets are behind the end of the topics it reads (input and repartition
 * topics, read_committed end offsets). With {@code --shadow}, the shadow deployment's apps.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Each app's consumer group: state, active members and lag (records behind its input).")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        NewslineConfig cfg = config.connect();
        System.out.printf("%-8s %-32s %-20s %8s %12s%n", "app", "application.id", "state", "members", "lag");
        for (AppDefinition app : Pipeline.definitions("all")) {
            String id = app.applicationId(cfg);
            ConsumerGroupDescription group = GroupMembers.describe(cfg, config.timeout(), id);
            String state = group == null ? "not found" : group.groupState().toString();
            int members = group == null ? 0 : group.members().size();
            Long lag = lag(cfg, config.timeout(), id);
            System.out.printf("%-8s %-32s %-20s %8d %12s%n", app.name(), id, state, members,
                    lag == null ? "no offsets" : lag.toString());
        }
        return 0;
    }

    /** Records between the group's committed offsets and the end of each partition; null without offsets. */
    static Long lag(NewslineConfig cfg, Duration timeout, String groupId) {
        return KafkaCheck.ask(cfg, timeout, "read the offsets of " + groupId, admin -> {
            Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(KafkaCheck.await(
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata(), timeout));
            committed.values().removeIf(java.util.Objects::isNull);
            if (committed.isEmpty()) {
                return null;
            }
            Map<TopicPartition, OffsetSpec> query = new HashMap<>();
            committed.keySet().forEach(tp -> query.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = KafkaCheck.await(admin.listOffsets(query,
                    new org.apache.kafka.clients.admin.ListOffsetsOptions(
                            org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all(), timeout);
            long lag = 0;
            for (var e : committed.entrySet()) {
                lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
            }
            return lag;
        });
    }
}
