package io.newsline.runtime.app;

import io.newsline.runtime.config.NewslineConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches whether a running process reaches its Kafka cluster: every {@code app.kafka.check.interval}
 * (default 10 s) it asks the cluster to describe itself, allowing {@code app.kafka.check.timeout} (default 5 s).
 * When the cluster stops answering it logs one warning naming the address and the cause (and again once a minute
 * while it lasts), and when it answers again one line saying so. Kafka Streams itself only retries quietly.
 * As a {@link HealthCheck}: not ready while the cluster does not answer, with the cause under {@code kafka} in the
 * health body; always live, since restarting the process would not bring the cluster back. Thread-safe.
 */
public final class KafkaConnection implements HealthCheck, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConnection.class);
    private static final long REPEAT_WARNING_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final String servers;
    private final Admin admin;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private volatile String problem = "not checked yet";
    private long lastWarning;

    public KafkaConnection(NewslineConfig config) {
        this.servers = config.require(NewslineConfig.BOOTSTRAP_SERVERS);
        this.timeout = config.getDuration("app.kafka.check.timeout", Duration.ofSeconds(5));
        Map<String, Object> props = new HashMap<>(KafkaClients.admin(config));
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsline-connection-check");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.admin = Admin.create(props);
        Duration interval = config.getDuration("app.kafka.check.interval", Duration.ofSeconds(10));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsline-kafka-check");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the cluster once; records and logs the outcome. */
    void check() {
        String cause = null;
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS).size();
            if (nodes == 0) {
                cause = "the cluster reports no brokers";
            }
        } catch (ExecutionException e) {
            cause = describe(e.getCause());
        } catch (TimeoutException e) {
            cause = describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            cause = describe(e);
        }
        record(cause);
    }

    private synchronized void record(String cause) {
        String before = problem;
        problem = cause;
        long now = System.nanoTime();
        if (cause == null) {
            if (before != null && !"not checked yet".equals(before)) {
                LOG.info("Kafka at {} answers again", servers);
            }
        } else if (!cause.equals(before) || now - lastWarning > REPEAT_WARNING_NANOS) {
            LOG.warn("cannot reach Kafka at {}: {}", servers, cause);
            lastWarning = now;
        }
    }

    private String describe(Throwable e) {
        if (e instanceof TimeoutException || e instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s (broker down or unreachable?)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }

    /** Why the cluster does not answer; null while it does. */
    public String problem() {
        return problem;
    }

    @Override
    public boolean isReady() {
        return problem == null;
    }

    @Override
    public boolean isLive() {
        return true;
    }

    @Override
    public Map<String, String> details() {
        String p = problem;
        return Map.of("kafka", p == null ? "reachable at " + servers
                : "unreachable at " + servers + ": " + p.replace("\"", "'"));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ZERO);
    }
}
