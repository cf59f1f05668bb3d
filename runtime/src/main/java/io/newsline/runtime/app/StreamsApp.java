package io.newsline.runtime.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetterHandlers;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link AppDefinition} as a Kafka Streams client: exactly-once v2, every exception handler set to the
 * dead-letter handlers, a state listener feeding health, Kafka Streams metrics bound to the registry. Startup
 * order: handlers, state listener, {@code start()}; {@link #close(Duration)} on shutdown. Local state is wiped only
 * through {@link #cleanUp()}, behind an explicit reset. Thread-safe.
 *
 * <p>Config: every Streams and client key of {@link NewslineConfig}; {@code app.state.dir}, {@code app.threads},
 * {@code app.<name>.application.id}, {@code app.dlq.max.value.bytes}, {@code app.close.timeout},
 * {@code app.close.leave.group}. When the process serves HTTP, the client's
 * {@code application.server} is the process's advertised HTTP address ({@link HttpEndpoints#advertisedAddress}), so
 * instances of the app can tell each other where a key's state lives.
 */
public final class StreamsApp implements AutoCloseable, HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

    private final AppDefinition definition;
    private final KafkaStreams streams;
    private final String applicationId;
    private final KafkaStreamsMetrics streamsMetrics;
    private final HostInfo advertised;
    private final MeterRegistry meters;
    private final boolean leaveGroupOnClose;
    private final Duration closeTimeout;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    /** An app without an HTTP address: it answers no interactive queries from other instances. */
    public StreamsApp(AppDefinition definition, NewslineConfig config, MeterRegistry meters) {
        this(definition, config, meters, null);
    }

    /**
     * @param advertised where this process's HTTP endpoints are reachable by other instances ({@code host:port}),
     *                   set as the Streams {@code application.server}; null when the process serves no HTTP
     */
    public StreamsApp(AppDefinition definition, NewslineConfig config, MeterRegistry meters, HostInfo advertised) {
        this.definition = definition;
        this.applicationId = definition.applicationId(config);
        this.advertised = advertised;
        this.meters = meters;
        this.leaveGroupOnClose = config.getBoolean("app.close.leave.group", true);
        this.closeTimeout = closeTimeout(config);
        Properties props = streamsProperties(definition, config);
        if (advertised != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised.host() + ":" + advertised.port());
        }
        DeadLetters deadLetters = new DeadLetters(applicationId, Version.get(), definition.stage(),
                config.getInt("app.dlq.max.value.bytes", 1 << 20), Clock.systemUTC());
        Topology topology = definition.topology(config, new AppContext(deadLetters, meters, Clock.systemUTC(),
                applicationId, config));
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((newState, oldState) -> {
            state = newState;
            if (newState == KafkaStreams.State.ERROR) {
                LOG.error("{}: {} -> {}", applicationId, oldState, newState);
            } else {
                LOG.debug("{}: {} -> {}", applicationId, oldState, newState);
            }
        });
        streams.setUncaughtExceptionHandler(exception -> {
            if (exception instanceof Error || exception.getCause() instanceof Error) {
                LOG.error("{}: fatal error, shutting the client down", applicationId, exception);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            LOG.warn("{}: stream thread died ({}), replacing it", applicationId, exception.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        io.newsline.runtime.dlq.DeadLetterMetrics.bind(applicationId, meters);
        this.streamsMetrics = new KafkaStreamsMetrics(streams, io.micrometer.core.instrument.Tags.of("app", definition.name()));
        streamsMetrics.bindTo(meters);
        // Readiness as a metric too, so an alert can say which app is not ready and for how long.
        io.micrometer.core.instrument.Gauge.builder("newsline.app.ready", this, app -> app.isReady() ? 1 : 0)
                .description("1 when the app's Streams client is RUNNING, else 0").tag("app", definition.name())
                .register(meters);
    }

    /** Where the apps keep local state: {@code app.state.dir}, else {@link #defaultStateDir}. */
    public static Path stateDir(NewslineConfig config) {
        return config.get("app.state.dir").map(Path::of)
                .orElseGet(() -> defaultStateDir(System.getenv(), System.getProperty("user.home")));
    }

    /**
     * Where state goes when {@code app.state.dir} is not set: under the user's own state directory
     * ({@code $XDG_STATE_HOME/newsline}, else {@code ~/.newsline/state}), so two users of one machine never find each
     * other's stores.
     */
    static Path defaultStateDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_STATE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "newsline")
                : Path.of(userHome, ".newsline", "state");
    }

    /**
     * The Streams properties of an app: the configuration's Kafka settings, then this app's own overrides of them
     * ({@code <app>.kafka.<setting>}, e.g. {@code enrich.kafka.commit.interval.ms=500}, so that apps sharing one
     * configuration or one process can be tuned apart), then the settings newsline fixes.
     *
     * @throws IllegalArgumentException when an override names no Kafka Streams or client setting
     */
    public static Properties streamsProperties(AppDefinition definition, NewslineConfig config) {
        Properties props = new Properties();
        props.putAll(KafkaClients.streams(config));
        String prefix = definition.name() + ".kafka.";
        config.asMap().forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                String setting = key.substring(prefix.length());
                if (!KafkaClients.isStreamsSetting(setting)) {
                    throw new IllegalArgumentException("configuration " + key + ": " + setting
                            + " is not a Kafka Streams, producer, consumer or admin setting");
                }
                props.put(setting, value);
            }
        });
        String applicationId = definition.applicationId(config);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.CLIENT_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG,
                stateDir(config).resolve(definition.name()).toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt("app.threads", 1));
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        // Route exceptions of global state processing to the same handler (the default from Kafka 5.0 on).
        props.put("processing.exception.handler.global.enabled", "true");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterHandlers.Deserialization.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        // Read by the handlers' configure(): which stage they write dead letters for.
        props.put(DeadLetterHandlers.STAGE_CONFIG, definition.stage().name());
        props.put(DeadLetterHandlers.TOPIC_CONFIG, TopicCatalogue.of(config).name(Topics.DEAD_LETTERS));
        props.put("app.dlq.max.value.bytes", Integer.toString(config.getInt("app.dlq.max.value.bytes", 1 << 20)));
        return props;
    }

    public String name() {
        return definition.name();
    }

    public String applicationId() {
        return applicationId;
    }

    /** The registry this app's metrics are in (served on {@code /metrics}). */
    public MeterRegistry meters() {
        return meters;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** This process's advertised HTTP address (the Streams {@code application.server}), or null when none. */
    public HostInfo advertised() {
        return advertised;
    }

    /** Lets the app add its HTTP routes (see {@link AppDefinition#addRoutes}). */
    public void addRoutes(HttpEndpoints http) {
        definition.addRoutes(http, this);
    }

    public void start() {
        streams.start();
    }

    /** Wipes this app's local state; only for an explicit reset, never on a normal start. */
    public void cleanUp() {
        streams.cleanUp();
    }

    public KafkaStreams.State state() {
        return state;
    }

    @Override
    public boolean isReady() {
        return state == KafkaStreams.State.RUNNING;
    }

    @Override
    public boolean isLive() {
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING
                && state != KafkaStreams.State.PENDING_ERROR;
    }

    @Override
    public Map<String, String> details() {
        return Map.of(definition.name(), state.name());
    }

    /**
     * Stops the client, waiting at most {@code timeout} for its stream threads. With {@code app.close.leave.group}
     * (the default) its members leave the consumer group on the way out, so the group is empty at once (a
     * {@code newsline reset} or another instance need not wait {@code session.timeout.ms}); otherwise they stay
     * members until the session times out, as Kafka Streams does by default.
     *
     * @return true when every stream thread stopped within the timeout; false when some are still shutting down
     *         (their open transactions are aborted by the broker, so exactly-once holds as after a crash)
     */
    public boolean close(Duration timeout) {
        boolean closed = streams.close(CloseOptions.timeout(timeout).withGroupMembershipOperation(leaveGroupOnClose
                ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP
                : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));
        streamsMetrics.close();
        io.newsline.runtime.dlq.DeadLetterMetrics.unbind(applicationId);
        return closed;
    }

    /** How long a stop waits for the app's stream threads: {@code app.close.timeout} (default 30 s). */
    public static Duration closeTimeout(NewslineConfig config) {
        return config.getDuration("app.close.timeout", Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        close(closeTimeout);
    }
}
