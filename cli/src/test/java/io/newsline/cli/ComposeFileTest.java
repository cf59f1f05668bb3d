package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml read offline: the broker advertises, beside the containers' {@code kafka:9092}, a listener
 * on {@code localhost} whose port is published, so that {@code newsline submit --bootstrap-servers localhost:9092}
 * from the host reaches the stack.
 */
class ComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerAdvertisesAListenerTheHostReachesOnAPublishedPort() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(OperationsIT.REPO.resolve("docker-compose.yml")));
        Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("kafka");
        Map<String, String> env = (Map<String, String>) kafka.get("environment");
        List<String> advertised = Arrays.asList(env.get("KAFKA_ADVERTISED_LISTENERS").split(","));
        assertThat(advertised).contains("PLAINTEXT://kafka:9092");
        String host = advertised.stream().filter(l -> l.contains("//localhost:")).findFirst().orElseThrow();
        String name = host.substring(0, host.indexOf(':'));
        String hostPort = host.substring(host.lastIndexOf(':') + 1);
        String listener = Arrays.stream(env.get("KAFKA_LISTENERS").split(","))
                .filter(l -> l.startsWith(name + "://")).findFirst().orElseThrow();
        String containerPort = listener.substring(listener.lastIndexOf(':') + 1);
        assertThat((List<String>) kafka.get("ports")).contains(hostPort + ":" + containerPort);
        assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).contains(name + ":PLAINTEXT");
        assertThat(Path.of(OperationsIT.REPO.toString(), "README.md")).content()
                .contains("submit --bootstrap-servers localhost:" + hostPort);
    }
}
