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
import java.util.List;
import java.util.Locale;
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

    @Override
    public void close() {
        // Close in reverse pipeline order so downstream apps stop consuming first.
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).close(Duration.ofSeconds(30));
        }
        if (kafka != null) {
            kafka.close();
        }
        if (http != null) {
            http.close();
        }
        registry.close();
    }
}
