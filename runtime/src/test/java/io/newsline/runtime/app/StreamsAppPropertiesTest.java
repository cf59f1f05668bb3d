package io.newsline.runtime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.testing.TestApps;
import io.newsline.schemas.Stage;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Streams settings an app gets: shared Kafka settings, its own overrides, and what newsline fixes. */
class StreamsAppPropertiesTest {

    @Test
    void anAppsOwnKafkaSettingsOverrideTheSharedOnesForThatAppOnly() {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", "broker:9092",
                "enrich.kafka.commit.interval.ms", "500", "enrich.kafka.producer.linger.ms", "20",
                "max.poll.records", "100"));

        Properties enrich = StreamsApp.streamsProperties(TestApps.named("enrich", Stage.ENRICH), config);
        Properties ingest = StreamsApp.streamsProperties(TestApps.named("ingest", Stage.INGEST), config);

        assertThat(enrich).containsEntry("commit.interval.ms", "500").containsEntry("producer.linger.ms", "20")
                .containsEntry("max.poll.records", "100");
        assertThat(ingest).containsEntry("commit.interval.ms", "200").containsEntry("max.poll.records", "100")
                .doesNotContainKey("producer.linger.ms");
        assertThat(enrich.keySet()).noneMatch(k -> k.toString().startsWith("enrich."));
    }

    @Test
    void anOverrideThatIsNoKafkaSettingIsRefusedByName() {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", "broker:9092",
                "publish.kafka.comit.interval.ms", "500"));

        assertThatThrownBy(() -> StreamsApp.streamsProperties(TestApps.named("publish", Stage.PUBLISH), config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publish.kafka.comit.interval.ms");
    }

    @Test
    void newslineKeepsTheSettingsItFixes() {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", "broker:9092",
                "enrich.kafka.application.id", "someone-else"));

        Properties enrich = StreamsApp.streamsProperties(TestApps.named("enrich", Stage.ENRICH), config);

        assertThat(enrich.getProperty("application.id")).isEqualTo(TestApps.named("enrich", Stage.ENRICH).applicationId(config));
    }

    @Test
    void stateGoesUnderTheUsersOwnDirectoryUnlessConfigured() {
        assertThat(StreamsApp.defaultStateDir(Map.of("XDG_STATE_HOME", "/home/ana/.local/state"), "/home/ana"))
                .isEqualTo(java.nio.file.Path.of("/home/ana/.local/state/newsline"));
        assertThat(StreamsApp.defaultStateDir(Map.of(), "/home/ana"))
                .isEqualTo(java.nio.file.Path.of("/home/ana/.newsline/state"));
        assertThat(StreamsApp.defaultStateDir(Map.of("XDG_STATE_HOME", "relative"), "/home/ana"))
                .as("the XDG spec ignores a relative path").isEqualTo(java.nio.file.Path.of("/home/ana/.newsline/state"));
        Properties configured = StreamsApp.streamsProperties(TestApps.named("ingest", Stage.INGEST),
                NewslineConfig.defaults().with("app.state.dir", "/srv/newsline"));
        assertThat(configured.getProperty("state.dir")).isEqualTo("/srv/newsline/ingest");
        Properties byDefault = StreamsApp.streamsProperties(TestApps.named("ingest", Stage.INGEST),
                NewslineConfig.defaults());
        assertThat(byDefault.getProperty("state.dir")).doesNotStartWith("/tmp")
                .endsWith(java.io.File.separator + "ingest");
    }
}
