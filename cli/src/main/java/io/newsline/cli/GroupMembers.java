package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
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
        try (Admin admin = KafkaCheck.admin(config, timeout)) {
            return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw new CommandFailure("cannot describe the group " + groupId + ": " + CommandErrors.describe(e.getCause()));
        } catch (TimeoutException e) {
            throw new CommandFailure("no answer about the group " + groupId + " within " + KafkaCheck.seconds(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        }
    }

    private static String name(MemberDescription m) {
        return m.clientId() + "@" + m.host().replaceFirst("^/", "");
    }
}
