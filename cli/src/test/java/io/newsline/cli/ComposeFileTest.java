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
 * docker-compose.yml read offline (no Docker engine needed): the services, ports, images and settings the README
 * relies on, and the broker advertises, beside the containers' {@code kafka:9092}, a listener
 * on {@code localhost} whose port is published, so that {@code newsline submit --bootstrap-servers localhost:9092}
 * from the host reaches the stack.
 */
class ComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void theStackTheReadmeDescribesIsWhatTheFileRuns() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(OperationsIT.REPO.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("kafka", "topic-init", "ingest", "enrich", "publish", "prometheus", "grafana");
        assertThat((String) services.get("kafka").get("image")).startsWith("apache/kafka:");
        // The README's lookups go to publish on localhost:8083, Prometheus on :9090, Grafana on :3000.
        assertThat(services.get("ingest").get("ports")).isEqualTo(List.of("8081:8080"));
        assertThat(services.get("enrich").get("ports")).isEqualTo(List.of("8082:8080"));
        assertThat(services.get("publish").get("ports")).isEqualTo(List.of("8083:8080"));
        assertThat(services.get("prometheus").get("ports")).isEqualTo(List.of("9090:9090"));
        assertThat(services.get("grafana").get("ports")).isEqualTo(List.of("3000:3000"));
        String readme = Files.readString(OperationsIT.REPO.resolve("README.md"));
        for (String name : List.of("topic-init", "ingest", "enrich", "publish")) {
            Map<String, Object> service = services.get(name);
            assertThat(service.get("build")).as(name).isEqualTo(".");
            assertThat(OperationsIT.REPO.resolve("Dockerfile")).exists();
            // Each app's command is one the newsline command line takes, with its settings from NEWSLINE_* keys
            // the README's configuration table names; one broker, so one replica.
            String[] command = ((List<String>) service.get("command")).toArray(String[]::new);
            assertThat(NewslineCommand.commandLine().parseArgs(command).hasSubcommand()).as(name).isTrue();
            Map<String, String> env = (Map<String, String>) service.get("environment");
            assertThat(env).as(name).containsEntry("NEWSLINE_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("NEWSLINE_TOPIC_REPLICATION_FACTOR", "1");
            for (String variable : env.keySet()) {
                String key = variable.substring("NEWSLINE_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
                assertThat(readme).as("the README's configuration names %s (%s)", key, variable).contains("`" + key + "`");
            }
        }
        assertThat(((List<String>) services.get("topic-init").get("command"))).containsExactly("topics", "create");
        for (String name : List.of("prometheus", "grafana")) {
            for (String volume : (List<String>) services.get(name).get("volumes")) {
                if (volume.startsWith("./")) {
                    assertThat(OperationsIT.REPO.resolve(volume.substring(2, volume.indexOf(':')))).as(volume).exists();
                }
            }
        }
    }

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
