package io.newsline.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** The console appender of the shipped {@code log4j2.xml}: what it keeps from an in-process broker. */
class ShippedLoggingConfigTest {

    private static LogEvent event(String logger, Level level, String message) {
        return Log4jLogEvent.newBuilder().setLoggerName(logger).setLevel(level)
                .setMessage(new SimpleMessage(message)).build();
    }

    @Test
    void aStarvedBrokersTimedOutHeartbeatIsDroppedAndOtherControllerErrorsShow() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        ConsoleAppender stderr = context.getConfiguration().getAppender("stderr");
        assertThat(stderr).as("the shipped log4j2.xml is the configuration in use").isNotNull();

        assertThat(stderr.isFiltered(event("org.apache.kafka.controller.ReplicationControlManager", Level.ERROR,
                "[QuorumController id=1] processExpiredBrokerHeartbeat: controller event queue overloaded. Timed out "
                        + "heartbeat from broker 1."))).isTrue();
        assertThat(stderr.isFiltered(event("kafka.server.BrokerLifecycleManager", Level.WARN,
                "[BrokerLifecycleManager id=1] Broker 1 sent a heartbeat request but received error REQUEST_TIMED_OUT.")))
                .isTrue();

        assertThat(stderr.isFiltered(event("org.apache.kafka.controller.ReplicationControlManager", Level.ERROR,
                "[QuorumController id=1] Broker 1 fenced: session expired"))).isFalse();
        assertThat(stderr.isFiltered(event("kafka.server.BrokerLifecycleManager", Level.WARN,
                "[BrokerLifecycleManager id=1] Broker 1 sent a heartbeat request but received error STALE_BROKER_EPOCH.")))
                .isFalse();
    }
}
