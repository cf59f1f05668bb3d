package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** The active members of a consumer group (a Kafka Streams app's group is its application id). Stateless. */
final class GroupMembers {

    private GroupMembers() {}

    /** Each active member as {@code client-id@host}; empty when the group has none or does not exist. */
    static List<String> of(NewslineConfig config, Duration timeout, String groupId) {
        ConsumerGroupDescription group = describe(config, timeout, groupId);
        return group == null ? List.of() : group.members().stream().map(GroupMembers::name).toList();
    }

    /** The group as the cluster describes it; null when it does not exist. */
    static ConsumerGroupDescription describe(NewslineConfig config, Duration timeout, String groupId) {
        return KafkaCheck.ask(config, timeout, "describe the group " + groupId, admin -> {
            try {
                return KafkaCheck.await(admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId),
                        timeout);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static String name(MemberDescription m) {
        return m.clientId() + "@" + m.host().replaceFirst("^/", "");
    }
}
