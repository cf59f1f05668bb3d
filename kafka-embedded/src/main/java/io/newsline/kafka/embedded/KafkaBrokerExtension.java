package io.newsline.kafka.embedded;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * JUnit 5 extension giving integration tests a real broker: a Testcontainers {@link KafkaContainer}
 * ({@code apache/kafka}) when a Docker engine is available, otherwise an {@link EmbeddedKafkaBroker} in this JVM, so
 * the same tests run everywhere. One broker is shared by every test class of a run (started lazily, stopped when
 * the run ends); tests isolate themselves with their own application ids and topics or by deleting topics.
 *
 * <p>Use: {@code @ExtendWith(KafkaBrokerExtension.class)} and a {@link KafkaBroker} parameter. Set
 * {@code -Dnewsline.test.broker=embedded} to skip the Docker probe.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> start(), SharedBroker.class);
    }

    private static SharedBroker start() {
        if (!"embedded".equals(System.getProperty("newsline.test.broker")) && dockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");
            container.start();
            LOG.info("integration tests use a Testcontainers broker at {}", container.getBootstrapServers());
            return new SharedBroker(container.getBootstrapServers(), "testcontainers", container::stop);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.ephemeral().start();
        LOG.info("no Docker engine: integration tests use the embedded broker at {}", broker.bootstrapServers());
        return new SharedBroker(broker.bootstrapServers(), "embedded", broker::close);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** The broker of a run; closed by JUnit when the root context closes. */
    static final class SharedBroker implements KafkaBroker, ExtensionContext.Store.CloseableResource {
        private final String bootstrapServers;
        private final String kind;
        private final Runnable stop;

        SharedBroker(String bootstrapServers, String kind, Runnable stop) {
            this.bootstrapServers = bootstrapServers;
            this.kind = kind;
            this.stop = stop;
        }

        @Override
        public String bootstrapServers() {
            return bootstrapServers;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
