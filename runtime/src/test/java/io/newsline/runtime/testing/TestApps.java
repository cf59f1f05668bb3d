package io.newsline.runtime.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.schemas.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** Builds the exact topology an app runs in production, in a {@link TopologyTestDriver}. */
public final class TestApps {

    private TestApps() {}

    public static AppContext context(AppDefinition app, SimpleMeterRegistry meters) {
        return context(app, meters, NewslineConfig.defaults());
    }

    /** A context for the deployment the configuration describes (its topics, e.g. a shadow suffix). */
    public static AppContext context(AppDefinition app, SimpleMeterRegistry meters, NewslineConfig config) {
        String applicationId = app.applicationId(config);
        return new AppContext(new DeadLetters(applicationId, "test", app.stage(), 1 << 20, Clock.systemUTC()),
                meters, Clock.systemUTC(), applicationId, config);
    }

    /** An app of this name and stage with an empty topology: for tests of what StreamsApp derives from a definition. */
    public static AppDefinition named(String name, Stage stage) {
        return new AppDefinition() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public Topology topology(NewslineConfig config, AppContext context) {
                return new Topology();
            }
        };
    }

    public static TopologyTestDriver driver(AppDefinition app, Path stateDir, SimpleMeterRegistry meters) {
        return driver(app, stateDir, meters, Map.of());
    }

    /** A driver of the app with more settings, e.g. {@code topic.suffix} for a shadow deployment. */
    public static TopologyTestDriver driver(AppDefinition app, Path stateDir, SimpleMeterRegistry meters,
                                            Map<String, String> settings) {
        NewslineConfig config = config(stateDir, settings);
        Properties props = StreamsApp.streamsProperties(app, config);
        return new TopologyTestDriver(app.topology(config, context(app, meters, config)), props);
    }

    /** The configuration the drivers use: defaults, a dummy broker, the state directory and the given settings. */
    public static NewslineConfig config(Path stateDir, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("bootstrap.servers", "dummy:9092",
                "app.state.dir", stateDir.toString()));
        all.putAll(settings);
        return NewslineConfig.defaults().with(all);
    }
}
