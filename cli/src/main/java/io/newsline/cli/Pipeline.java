package io.newsline.cli;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsline.enrich.app.EnrichApp;
import io.newsline.ingest.app.IngestApp;
import io.newsline.publish.app.PublishApp;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.HttpEndpoints;
import io.newsline.runtime.app.KafkaConnection;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one or more newsline apps in this process, each its own Kafka Streams client with its own application id,
 * sharing one metrics registry and one HTTP endpoint ({@code http.port}) that also serves the apps' own routes
 * (publish's story lookup). Used by {@code newsline run} and {@code newsline demo}.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final List<StreamsApp> apps = new ArrayList<>();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpEndpoints http;
    private final NewslineConfig config;
    private KafkaConnection kafka;
    private boolean serving;

    public Pipeline(List<AppDefinition> definitions, NewslineConfig config) {
        this.config = config;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // The endpoints open first: their bound address is each app's application.server, so that instances of an
        // app can route interactive queries to each other (http.port 0 is known only once bound).
        int port = config.getInt("http.port", 8080);
        if (port >= 0) {
            try {
                http = new HttpEndpoints(config.getString("http.host", "0.0.0.0"), port, registry);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the HTTP port " + port + " (set http.port, -1 to disable)", e);
            }
        } else {
            http = null;
        }
        HostInfo advertised = http == null ? null : http.advertisedAddress(config);
        for (AppDefinition d : definitions) {
            apps.add(new StreamsApp(d, config, registry, advertised));
        }
        if (http != null) {
            apps.forEach(app -> {
                http.addCheck(app);
                app.addRoutes(http);
            });
        }
    }

    /** The apps by name: ingest, enrich, publish, or all. */
    public static List<AppDefinition> definitions(String which) {
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "ingest" -> List.of(new IngestApp());
            case "enrich" -> List.of(new EnrichApp());
            case "publish" -> List.of(new PublishApp());
            case "all" -> List.of(new IngestApp(), new EnrichApp(), new PublishApp());
            default -> throw new IllegalArgumentException("unknown app " + which + " (ingest, enrich, publish or all)");
        };
    }

    /**
     * Watches the connection to the cluster ({@link KafkaConnection}): logs when it cannot be reached and why, and
     * reports it on {@code /health/ready}. For processes that run until stopped.
     */
    public synchronized Pipeline watchKafka() {
        if (kafka == null) {
            kafka = new KafkaConnection(config);
            if (http != null) {
                http.addCheck(kafka);
            }
        }
        return this;
    }

    /** The connection watch, when {@link #watchKafka()} started one. */
    public KafkaConnection kafkaConnection() {
        return kafka;
    }

    /** Opens the HTTP endpoints without starting the apps: /health/ready answers 503 until they run. */
    public synchronized Pipeline serve() {
        if (http != null && !serving) {
            http.start();
            serving = true;
            LOG.info("metrics and health on http://127.0.0.1:{}/metrics", http.port());
        }
        return this;
    }

    /** Opens the HTTP endpoints (if not yet open) and starts every app. */
    public Pipeline start() {
        serve();
        apps.forEach(StreamsApp::start);
        return this;
    }

    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public List<StreamsApp> apps() {
        return apps;
    }

    /** Waits until every app is RUNNING; throws if one fails first. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (apps.stream().allMatch(StreamsApp::isReady)) {
                return;
            }
            for (StreamsApp app : apps) {
                if (app.state() == KafkaStreams.State.ERROR || app.state() == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException(app.applicationId() + " failed to start: " + app.state());
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("apps not running after " + timeout);
    }

    /**
     * Stops every app at once, each on its own thread, and waits for them together at most {@code app.close.timeout}
     * (default 30 s) in all, not that long per app: with the broker gone each app waits out its whole timeout, and
     * one after another a three-app process took three timeouts to stop. Each app's exactly-once state is its own
     * (own transactions, own group), so closing them side by side keeps every app as consistent as closing them in
     * turn; an app not closed in time is left to the broker to abort, as after a crash. Logs which apps did not
     * close in time. Then closes the connection watch and the HTTP endpoints.
     */
    public Stopped stop() {
        Duration timeout = StreamsApp.closeTimeout(config);
        Map<String, Boolean> closed = new LinkedHashMap<>();
        ExecutorService closing = Executors.newFixedThreadPool(Math.max(1, apps.size()), runnable -> {
            Thread thread = new Thread(runnable, "newsline-close");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Boolean>> closes = new LinkedHashMap<>();
            for (StreamsApp app : apps) {
                closes.put(app.name(), closing.submit(() -> app.close(timeout)));
            }
            // Each close returns by itself once its timeout is over; the grace only covers handing back the result.
            long deadline = System.nanoTime() + timeout.plus(CLOSE_GRACE).toNanos();
            for (Map.Entry<String, Future<Boolean>> close : closes.entrySet()) {
                closed.put(close.getKey(), closedBy(close.getValue(), deadline));
            }
        } finally {
            closing.shutdownNow();
        }
        Stopped stopped = new Stopped(timeout, closed);
        List<String> late = stopped.notClosedInTime();
        if (!late.isEmpty()) {
            LOG.warn("{} did not close within {} (app.close.timeout); their unfinished transactions are aborted by the "
                    + "broker, so a restart neither loses nor repeats output", String.join(", ", late), timeout);
        }
        if (kafka != null) {
            kafka.close();
        }
        if (http != null) {
            http.close();
        }
        registry.close();
        return stopped;
    }

    private static boolean closedBy(Future<Boolean> close, long deadline) {
        try {
            return close.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            LOG.warn("closing an app failed", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * What a {@link #stop()} did.
     *
     * @param timeout how long it waited for the apps, all together
     * @param closed  each app by name, in pipeline order: true when it closed within the timeout
     */
    public record Stopped(Duration timeout, Map<String, Boolean> closed) {
        /** The apps that did not close within the timeout. */
        public List<String> notClosedInTime() {
            return closed.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }
    }
}
