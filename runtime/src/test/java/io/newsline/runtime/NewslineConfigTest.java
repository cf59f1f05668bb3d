package io.newsline.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewslineConfigTest {

    @Test
    void layersOverrideInOrderDefaultsFileEnvironmentOptions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsline.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nhttp.port=9000\napp.threads=3\n");
        NewslineConfig config = NewslineConfig.load(file,
                Map.of("NEWSLINE_HTTP_PORT", "9100", "NEWSLINE_APP_THREADS", "4", "PATH", "/bin"),
                Map.of("app.threads", "5"));
        assertThat(config.require("bootstrap.servers")).isEqualTo("file:9092");
        assertThat(config.getInt("http.port", 0)).isEqualTo(9100);
        assertThat(config.getInt("app.threads", 0)).isEqualTo(5);
        assertThat(config.require("processing.guarantee")).isEqualTo("exactly_once_v2");
        assertThat(config.get("path")).isEmpty();
    }

    @Test
    void kafkaSettingsPassThroughToEachClientThatKnowsThem() {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "http.port", "1"));
        assertThat(KafkaClients.producer(config)).containsEntry("security.protocol", "SASL_SSL")
                .containsKey("max.request.size").doesNotContainKey("http.port").doesNotContainKey("processing.guarantee");
        assertThat(KafkaClients.admin(config)).containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .doesNotContainKey("max.request.size");
        assertThat(KafkaClients.streams(config)).containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void secretsAreMaskedWhenTheConfigurationIsPrinted() {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                "sasl.jaas.config", "ScramLoginModule required username=\"u\" password=\"hunter2\";",
                "ssl.truststore.password", "changeit"));
        assertThat(config.describe()).doesNotContain("hunter2").doesNotContain("changeit").contains("sasl.jaas.config=[hidden]");
    }

    @Test
    void aMissingRequiredSettingSaysHowToSetIt() {
        assertThatThrownBy(() -> NewslineConfig.defaults().require("app.nothing"))
                .hasMessageContaining("NEWSLINE_APP_NOTHING");
    }

    @Test
    void decimalSettingsParseAndABadOneNamesItsKey() {
        NewslineConfig config = NewslineConfig.defaults().with(java.util.Map.of("publish.match.copy.resemblance", "0.75",
                "publish.match.copy.containment", "most"));
        assertThat(config.getDouble("publish.match.copy.resemblance", 0)).isEqualTo(0.75);
        assertThat(config.getDouble("publish.match.nothing", 0.5)).isEqualTo(0.5);
        assertThatThrownBy(() -> config.getDouble("publish.match.copy.containment", 0))
                .hasMessageContaining("publish.match.copy.containment");
    }
}
