package io.newsline.kafka.embedded;

/** A Kafka broker tests can reach: an embedded KRaft broker, or a Testcontainers container where Docker runs. */
public interface KafkaBroker {

    /** The {@code bootstrap.servers} value. */
    String bootstrapServers();

    /** What the broker is, for test logs: "embedded" or "testcontainers". */
    String kind();
}
