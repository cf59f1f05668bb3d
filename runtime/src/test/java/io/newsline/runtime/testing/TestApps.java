package io.newsline.runtime.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;

/** Builds the exact topology an app runs in production, in a {@link TopologyTestDriver}. */
public final class TestApps {

    private TestApps() {}

    public static AppContext context(AppDefinition app, SimpleMeterRegistry meters) {
        return new AppContext(new DeadLetters("newsline-" + app.name(), "test", app.stage(), 1 << 20, Clock.systemUTC()),
                meters, Clock.systemUTC(), "newsline-" + app.name());
    }

    public static TopologyTestDriver driver(AppDefinition app, Path stateDir, SimpleMeterRegistry meters) {
        return driver(app, stateDir, meters, Map.of());
    }

    /** The app's topology with these settings over the shipped defaults. */
    public static TopologyTestDriver driver(AppDefinition app, Path stateDir, SimpleMeterRegistry meters,
                                            Map<String, String> settings) {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", "dummy:9092",
                "app.state.dir", stateDir.toString())).with(settings);
        Properties props = StreamsApp.streamsProperties(app, config);
        return new TopologyTestDriver(app.topology(config, context(app, meters)), props);
    }
}
