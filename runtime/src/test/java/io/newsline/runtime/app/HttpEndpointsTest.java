package io.newsline.runtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsline.runtime.config.NewslineConfig;
import java.util.Map;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class HttpEndpointsTest {

    @Test
    void advertisesTheBoundAddressUnlessConfiguredOtherwise() throws Exception {
        try (HttpEndpoints http = new HttpEndpoints("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            assertThat(http.port()).isPositive();
            assertThat(http.advertisedAddress(NewslineConfig.defaults())).isEqualTo(new HostInfo("127.0.0.1", http.port()));
            assertThat(http.advertisedAddress(NewslineConfig.defaults().with("http.advertised.host", "publish")))
                    .isEqualTo(new HostInfo("publish", http.port()));
            assertThat(http.advertisedAddress(NewslineConfig.defaults().with(Map.of("http.advertised.host", "publish-0.publish",
                    "http.advertised.port", "18083")))).isEqualTo(new HostInfo("publish-0.publish", 18083));
        }
    }

    @Test
    void advertisesAHostNameNotTheWildcardWhenBoundToEveryInterface() throws Exception {
        try (HttpEndpoints http = new HttpEndpoints("0.0.0.0", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            HostInfo advertised = http.advertisedAddress(NewslineConfig.defaults());
            assertThat(advertised.host()).isNotBlank().isNotEqualTo("0.0.0.0");
            assertThat(advertised.port()).isEqualTo(http.port());
        }
    }
}
