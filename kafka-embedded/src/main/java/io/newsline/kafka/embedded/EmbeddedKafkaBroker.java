package io.newsline.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM, bound to
 * 127.0.0.1. Used by {@code newsline demo} and {@code newsline broker} and by every integration test, so that
 * a real broker is available without Docker.
 *
 * <p>The data directory is formatted on first start and reused afterwards, so a broker restarted on the same
 * directory and ports keeps its topics, offsets and transactions. A broker created with {@link #ephemeral()}
 * deletes its directory on {@link #close()}. Not thread-safe: start and stop it from one thread.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> extraProperties;
    /** The SASL_PLAINTEXT listener's port, or -1 when the broker has none. */
    private final int saslPort;
    private final String saslUser;
    private final String saslPassword;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, boolean deleteOnClose, int brokerPort, int controllerPort,
                                Map<String, String> extraProperties) {
        this(dataDir, deleteOnClose, brokerPort, controllerPort, extraProperties, -1, null, null);
    }

    private EmbeddedKafkaBroker(Path dataDir, boolean deleteOnClose, int brokerPort, int controllerPort,
                                Map<String, String> extraProperties, int saslPort, String saslUser, String saslPassword) {
        this.saslPort = saslPort;
        this.saslUser = saslUser;
        this.saslPassword = saslPassword;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort == 0 ? freePort() : brokerPort;
        // The controller port must be a real one: controller.quorum.voters names it.
        this.controllerPort = controllerPort == 0 ? freePort() : controllerPort;
        this.extraProperties = Map.copyOf(extraProperties);
    }

    /** A broker on free ports with a temporary directory deleted on close. */
    public static EmbeddedKafkaBroker ephemeral() {
        try {
            return new EmbeddedKafkaBroker(Files.createTempDirectory("newsline-kafka-"), true, 0, 0, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker keeping its data in {@code dataDir} across restarts.
     *
     * @param brokerPort     the client port; 0 picks a free one
     * @param controllerPort the controller port; 0 picks a free one (reuse the same one to restart on old data)
     * @param extraProperties broker properties to add or override (e.g. listeners for SASL)
     */
    public static EmbeddedKafkaBroker persistent(Path dataDir, int brokerPort, int controllerPort,
                                                 Map<String, String> extraProperties) {
        return new EmbeddedKafkaBroker(dataDir, false, brokerPort, controllerPort, extraProperties);
    }

    /**
     * This broker (not yet started) with a second client listener, SASL_PLAINTEXT with the PLAIN mechanism, on a free
     * port ({@link #saslBootstrapServers()}), accepting one user. The PLAINTEXT listener stays for inter-broker and
     * admin traffic; clients that must authenticate are pointed at the SASL port.
     */
    public EmbeddedKafkaBroker withSaslPlain(String user, String password) {
        if (server != null) {
            throw new IllegalStateException("add the SASL listener before starting the broker");
        }
        return new EmbeddedKafkaBroker(dataDir, deleteOnClose, brokerPort, controllerPort, extraProperties, freePort(),
                user, password);
    }

    /** {@code 127.0.0.1:port} of the SASL_PLAINTEXT listener; fails when the broker has none. */
    public String saslBootstrapServers() {
        if (saslPort < 0) {
            throw new IllegalStateException("this broker has no SASL listener; see withSaslPlain");
        }
        return "127.0.0.1:" + saslPort;
    }

    /** Starts the broker and waits until it serves metadata. */
    public EmbeddedKafkaBroker start() {
        try {
            Files.createDirectories(dataDir);
            Properties props = brokerProperties();
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                format();
            }
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            awaitReady(Duration.ofSeconds(60));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        // One node: internal topics cannot have more replicas than that.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB dedupe buffer is allocated on the heap; a few MiB serve a local broker.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        p.put("log.cleaner.io.buffer.size", Integer.toString(256 * 1024));
        // Raw pages may be 16 MB.
        p.put("message.max.bytes", Integer.toString(16 * 1024 * 1024 + 1024));
        p.put("replica.fetch.max.bytes", Integer.toString(16 * 1024 * 1024 + 1024));
        p.put("socket.request.max.bytes", Integer.toString(64 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        // Small groups rebalance faster in tests and demos.
        p.put("group.consumer.min.session.timeout.ms", "2000");
        p.put("group.min.session.timeout.ms", "2000");
        if (saslPort >= 0) {
            p.put("listeners", p.get("listeners") + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort);
            p.put("advertised.listeners", p.get("advertised.listeners") + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort);
            p.put("listener.security.protocol.map", p.get("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            p.put("sasl.enabled.mechanisms", "PLAIN");
            p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + saslUser + "=\"" + saslPassword + "\";");
        }
        p.putAll(extraProperties);
        return p;
    }

    private void format() throws Exception {
        Formatter formatter = new Formatter()
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dataDir.toString()))
                .setMetadataLogDirectory(dataDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        formatter.run();
    }

    private void awaitReady(Duration timeout) throws Exception {
        Map<String, Object> cfg = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(cfg)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("broker not ready after " + timeout, last);
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Stops the broker, keeping its data (unless ephemeral and closing). */
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir left behind is not worth failing a shutdown for
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
