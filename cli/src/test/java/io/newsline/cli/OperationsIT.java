package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.StoryEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations files against a real run: each app of docker-compose.yml runs with exactly the environment the
 * compose file gives it (broker address, state directory and HTTP port swapped for the test's), answers 503 on
 * /health/ready before its Streams client runs and 200 after, and once pages flow its /metrics holds every metric
 * the Grafana dashboard and the Prometheus alerting rules name.
 */
@ExtendWith(KafkaBrokerExtension.class)
class OperationsIT {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final List<String> APPS = List.of("ingest", "enrich", "publish");
    /** Metric names as the rules and panels write them; label names and PromQL functions do not match. */
    static final Pattern METRIC_NAME = Pattern.compile("\\b((?:newsline|kafka)_[a-z0-9_]+)\\b");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws Exception {
        return new Yaml().load(Files.readString(REPO.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> compose, String service) {
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service);
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) s.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @SuppressWarnings("unchecked")
    static List<String> command(Map<String, Object> compose, String service) {
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service);
        return (List<String>) s.get("command");
    }

    /** The metric names the dashboard's panels and the alerting rules query. */
    static Set<String> referencedMetrics() throws Exception {
        Set<String> names = new TreeSet<>();
        JsonNode dashboard = new ObjectMapper().readTree(REPO.resolve("ops/grafana/dashboards/newsline.json").toFile());
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                names.addAll(metricNames(target.get("expr").asText()));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> rules = new Yaml().load(Files.readString(REPO.resolve("ops/prometheus/alerts.yml")));
        for (Object group : (List<?>) rules.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                names.addAll(metricNames(String.valueOf(((Map<?, ?>) rule).get("expr"))));
            }
        }
        return names;
    }

    static Set<String> metricNames(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC_NAME.matcher(expr);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sum of a metric's samples in a Prometheus text scrape (all label sets). */
    static double sum(String scrape, String name) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    @Test
    void composeAppsStartWithTheirComposeEnvironmentAndServeEveryMetricTheDashboardAndRulesUse(KafkaBroker broker,
            @TempDir Path stateDir) throws Exception {
        Map<String, Object> compose = compose();
        Set<String> referenced = referencedMetrics();
        assertThat(referenced).as("the dashboard and rules query newsline and Kafka Streams metrics")
                .contains("newsline_records_total", "newsline_freshness_seconds_bucket", "newsline_article_fields_total",
                        "newsline_app_ready", "newsline_dead_letters_total", "newsline_stories_founded_total",
                        "newsline_matching_seconds_bucket", "newsline_story_lookups_seconds_bucket",
                        "newsline_ner_articles_total", "newsline_entities_total");

        String run = UUID.randomUUID().toString().substring(0, 8);
        // The topic-init service, with its compose environment, creates the topics.
        Map<String, String> initEnv = new HashMap<>(environment(compose, "topic-init"));
        assertThat(command(compose, "topic-init")).containsExactly("topics", "create");
        initEnv.put("NEWSLINE_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        TopicAdmin.createAll(NewslineConfig.load(null, initEnv, Map.of()));

        List<Pipeline> pipelines = new ArrayList<>();
        Map<String, List<Integer>> readyStatuses = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (String service : APPS) {
                Map<String, String> env = new HashMap<>(environment(compose, service));
                assertThat(env).containsKeys("NEWSLINE_BOOTSTRAP_SERVERS", "NEWSLINE_APP_STATE_DIR", "NEWSLINE_HTTP_PORT");
                assertThat(command(compose, service)).containsExactly("run", service);
                env.put("NEWSLINE_BOOTSTRAP_SERVERS", broker.bootstrapServers());
                env.put("NEWSLINE_APP_STATE_DIR", stateDir.resolve(service).toString());
                env.put("NEWSLINE_HTTP_PORT", "0"); // every container has its own 8080; here they share a host
                // A fresh application id per run keeps this test apart from others on the shared broker; it is an
                // override on top of the compose environment, as `--config` would be.
                NewslineConfig config = NewslineConfig.load(null, env,
                        Map.of("app." + service + ".application.id", "ops-" + service + "-" + run));
                Pipeline pipeline = new Pipeline(Pipeline.definitions(service), config);
                pipelines.add(pipeline);
                pipeline.serve(); // endpoints open, Streams client not started: not ready
                List<Integer> statuses = new ArrayList<>();
                statuses.add(get(pipeline.httpPort(), "/health/ready").statusCode());
                pipeline.start();
                pipeline.awaitRunning(Duration.ofMinutes(2));
                statuses.add(get(pipeline.httpPort(), "/health/ready").statusCode());
                statuses.add(get(pipeline.httpPort(), "/health/live").statusCode());
                readyStatuses.put(service, statuses);
            }
            assertThat(readyStatuses).as("ready: 503 before RUNNING, 200 after; live 200")
                    .allSatisfy((app, statuses) -> assertThat(statuses).containsExactly(503, 200, 200));

            ObjectMapper json = new ObjectMapper();
            @SuppressWarnings("unchecked")
            Map<String, Object> seed = json.readValue(PipelineIT.seedPage(), Map.class);
            String url = seed.get("url") + "?ops=" + run;
            seed.put("url", url);
            seed.put("body", PipelineIT.uniqueBody((String) seed.get("body"), run));
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, json.writeValueAsBytes(seed)));
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), "garbage-" + run, new byte[] {0x13, 0x37}));
            producer.flush();
            try (TopicReader reader = new TopicReader(NewslineConfig.defaults().with(Map.of("bootstrap.servers",
                    broker.bootstrapServers())), List.of(Topics.EVENTS.name()), true)) {
                boolean[] seen = {false};
                assertThat(reader.pollUntil(Duration.ofMinutes(3), r -> {
                    if (TopicReader.decode(r.topic(), r.value()) instanceof StoryEvent e && url.equals(e.getUrl())) {
                        seen[0] = true;
                    }
                }, () -> seen[0])).as("the page's story event arrives").isTrue();
            }

            // The lookup timer exists once publish has answered a lookup, as it has wherever its page is in use.
            assertThat(get(pipelines.get(APPS.indexOf("publish")).httpPort(), "/stories").statusCode()).isEqualTo(200);

            StringBuilder scrapes = new StringBuilder();
            for (Pipeline p : pipelines) {
                HttpResponse<String> metrics = get(p.httpPort(), "/metrics");
                assertThat(metrics.statusCode()).isEqualTo(200);
                scrapes.append(metrics.body()).append('\n');
            }
            String scrape = scrapes.toString();
            Files.writeString(Path.of("target", "operations-it-scrape.txt"), scrape, StandardCharsets.UTF_8);
            Set<String> exported = new TreeSet<>();
            for (String line : scrape.split("\n")) {
                Matcher m = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(line);
                if (!line.startsWith("#") && m.find()) {
                    exported.add(m.group(1));
                }
            }
            assertThat(exported).as("every metric the dashboard and alerting rules query is exported")
                    .containsAll(referenced);
            assertThat(sum(scrape, "newsline_records_total")).isGreaterThanOrEqualTo(3); // ingest: page + garbage; enrich
            assertThat(scrape.lines().filter(l -> l.startsWith("newsline_records_total{") && l.contains("app=\"publish\"")))
                    .as("publish counts its input like ingest and enrich").isNotEmpty();
            assertThat(sum(scrape, "newsline_stories_founded_total")).isGreaterThanOrEqualTo(1);
            assertThat(sum(scrape, "newsline_dead_letters_total")).isGreaterThanOrEqualTo(1);
            assertThat(sum(scrape, "newsline_freshness_seconds_count")).isGreaterThanOrEqualTo(1);
            assertThat(sum(scrape, "newsline_article_fields_total")).isGreaterThanOrEqualTo(4);
            assertThat(sum(scrape, "newsline_app_ready")).isEqualTo(3);
            assertThat(exported).anyMatch(n -> n.startsWith("kafka_stream_"));
        } finally {
            for (int i = pipelines.size() - 1; i >= 0; i--) {
                pipelines.get(i).close();
            }
        }
    }
}
