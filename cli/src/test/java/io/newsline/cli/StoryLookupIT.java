package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.app.PublishApp;
import io.newsline.publish.lookup.StoryPage;
import io.newsline.publish.app.StoreRouter;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Story lookup on a real broker with two publish instances of one application id, each with its own HTTP port:
 * both answer every story by id and by URL alike, one of them by relaying to the instance that holds the stories;
 * each story has an HTML page, found by id or by an article's URL; and the page of recent stories and a story's
 * page render in headless Chromium at desktop and phone width (screenshots kept under {@code target/artifacts/}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryLookupIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Path dir;
    private EmbeddedKafkaBroker broker;
    private final List<Pipeline> pipelines = new ArrayList<>();
    private Pipeline publishOne;
    private Pipeline publishTwo;
    /** Every decided URL and its decision. */
    private final Map<String, ArticleDecision> decisionOfUrl = new HashMap<>();
    /** The latest state of every story on news.stories.v1. */
    private final Map<String, Story> stories = new LinkedHashMap<>();

    @BeforeAll
    void runThePipelineOverTheSamples() throws Exception {
        dir = Files.createTempDirectory("story-lookup-it-");
        broker = EmbeddedKafkaBroker.persistent(dir.resolve("kafka"), 0, 0, Map.of()).start();
        NewslineConfig base = NewslineConfig.defaults().with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "2",
                "http.port", "-1", "http.host", "127.0.0.1", "commit.interval.ms", "100"));
        TopicAdmin.createAll(base);
        pipelines.add(new Pipeline(Pipeline.definitions("ingest"), base.with("app.state.dir", dir.resolve("i").toString())));
        pipelines.add(new Pipeline(Pipeline.definitions("enrich"), base.with("app.state.dir", dir.resolve("e").toString())));
        publishOne = new Pipeline(List.of(new PublishApp()), base.with(Map.of("app.state.dir", dir.resolve("p1").toString(),
                "http.port", "0")));
        publishTwo = new Pipeline(List.of(new PublishApp()), base.with(Map.of("app.state.dir", dir.resolve("p2").toString(),
                "http.port", "0")));
        pipelines.add(publishOne);
        pipelines.add(publishTwo);
        for (Pipeline p : pipelines) {
            p.start();
        }
        for (Pipeline p : pipelines) {
            p.awaitRunning(Duration.ofMinutes(3));
        }

        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        Set<String> urls = new HashSet<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String line : lines) {
                String url = json.readTree(line).get("url").asText();
                urls.add(url);
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        try (TopicReader reader = new TopicReader(base, List.of(Topics.DECISIONS.name()), true)) {
            boolean done = reader.pollUntil(Duration.ofMinutes(4), r -> {
                if (TopicReader.decode(r.topic(), r.value()) instanceof ArticleDecision d) {
                    decisionOfUrl.put(d.getUrl(), d);
                }
            }, () -> decisionOfUrl.keySet().containsAll(urls));
            assertThat(done).as("every sample page decided").isTrue();
        }
        try (TopicReader reader = new TopicReader(base, List.of(Topics.STORIES.name()), true)) {
            reader.readToEnd(Duration.ofSeconds(60), r -> stories.put(r.key(), (Story) TopicReader.decode(r.topic(), r.value())));
        }
        assertThat(stories).hasSizeGreaterThan(3);
    }

    @AfterAll
    void stop() throws IOException {
        for (int i = pipelines.size() - 1; i >= 0; i--) {
            pipelines.get(i).close();
        }
        if (broker != null) {
            broker.close();
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void bothInstancesAnswerEveryStoryByIdAndByUrlAlikeOneOfThemByForwarding() throws Exception {
        Set<String> servedBy = new HashSet<>();
        Map<Pipeline, double[]> before = new HashMap<>();
        for (Pipeline instance : List.of(publishOne, publishTwo)) {
            before.put(instance, new double[] {lookups(instance, "id", 200, "here"),
                    lookups(instance, "id", 200, "relayed")});
        }
        for (Story story : stories.values()) {
            String path = "/stories/" + story.getStoryId();
            HttpResponse<String> one = get(publishOne, path);
            HttpResponse<String> two = get(publishTwo, path);
            assertThat(one.statusCode()).as(path).isEqualTo(200);
            assertThat(two.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(one.body())).as(path).isEqualTo(json.readTree(AvroJson.toJsonLine(story)));
            assertThat(two.body()).as(path).isEqualTo(one.body());
            String server = one.headers().firstValue(StoreRouter.SERVED_BY_HEADER).orElseThrow();
            assertThat(two.headers().firstValue(StoreRouter.SERVED_BY_HEADER)).as("one instance holds every story").hasValue(server);
            servedBy.add(server);
        }
        // The stories live in one sequenced partition: one instance answers, the other relays every request to it.
        assertThat(servedBy).singleElement().isIn("127.0.0.1:" + publishOne.httpPort(), "127.0.0.1:" + publishTwo.httpPort());
        // Operators see the same in the lookup metric: the holder answered every request, its own and the relayed ones.
        Pipeline holder = servedBy.contains("127.0.0.1:" + publishOne.httpPort()) ? publishOne : publishTwo;
        Pipeline relay = holder == publishOne ? publishTwo : publishOne;
        assertThat(lookups(holder, "id", 200, "here") - before.get(holder)[0]).isEqualTo(2.0 * stories.size());
        assertThat(lookups(relay, "id", 200, "relayed") - before.get(relay)[1]).isEqualTo(stories.size());
        assertThat(lookups(relay, "id", 200, "here") - before.get(relay)[0]).isZero();

        int inStories = 0;
        for (var e : decisionOfUrl.entrySet()) {
            String path = "/stories?url=" + URLEncoder.encode(e.getKey() + (e.getKey().contains("?") ? "&" : "?")
                    + "utm_source=newsletter", StandardCharsets.UTF_8);
            HttpResponse<String> one = get(publishOne, path);
            HttpResponse<String> two = get(publishTwo, path);
            assertThat(two.statusCode()).as(path).isEqualTo(one.statusCode());
            assertThat(two.body()).as(path).isEqualTo(one.body());
            ArticleDecision decision = e.getValue();
            if (decision.getStoryId() == null) {
                assertThat(one.statusCode()).as(path).isEqualTo(404);
                assertThat(json.readTree(one.body()).get("error").asText()).contains("belongs to no story");
            } else {
                assertThat(one.statusCode()).as(path).isEqualTo(200);
                JsonNode story = json.readTree(one.body());
                assertThat(story.get("status").asText()).isEqualTo("active");
                assertThat(story.get("members").findValuesAsText("url")).as(path).contains(e.getKey());
                inStories++;
            }
        }
        assertThat(inStories).isGreaterThan(5);

        for (Pipeline instance : List.of(publishOne, publishTwo)) {
            assertThat(get(instance, "/stories/s-00000000000000000000000000000000").statusCode()).isEqualTo(404);
            assertThat(get(instance, "/stories?url=https%3A%2F%2Fnever.example%2Fx").statusCode()).isEqualTo(404);
            assertThat(get(instance, "/stories?url=not-a-url").statusCode()).isEqualTo(400);
            assertThat(get(instance, "/stories/bad%20id").statusCode()).isEqualTo(400);
            assertThat(get(instance, "/nothing-here").statusCode()).isEqualTo(404);
            HttpResponse<String> recent = get(instance, "/stories");
            assertThat(recent.statusCode()).isEqualTo(200);
            assertThat(json.readTree(recent.body()).findValuesAsText("storyId"))
                    .containsExactlyInAnyOrderElementsOf(activeStories().stream().map(Story::getStoryId).toList());
        }
    }

    @Test
    void anInstanceNotYetRunningAnswers503AndOnlyGetIsServed() throws Exception {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "http.host", "127.0.0.1", "http.port", "0", "app.state.dir", dir.resolve("p3").toString()));
        try (Pipeline notStarted = new Pipeline(List.of(new PublishApp()), config).serve()) {
            for (String path : List.of("/stories/" + stories.keySet().iterator().next(), "/stories", "/",
                    "/story/" + stories.keySet().iterator().next())) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + notStarted.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                if (path.equals("/") || path.startsWith("/story/")) {
                    // A person's browser gets a page saying so, with the search form.
                    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                    assertThat(response.body()).contains("not queryable").contains("<form class=\"search\"");
                } else {
                    assertThat(json.readTree(response.body()).get("error").asText()).contains("not queryable");
                }
            }
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + publishOne.httpPort()
                + "/stories")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void eachStoryHasAnHtmlPageByIdAndBySearchForAnArticleUrl() throws Exception {
        for (Story story : activeStories()) {
            HttpResponse<String> page = get(publishOne, "/story/" + story.getStoryId());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("<h2 class=\"detail\">").contains(htmlText(StoryPage.displayTitle(story)))
                    .contains("<a href=\"/stories/" + story.getStoryId() + "\">JSON</a>");
            for (var member : story.getMembers()) {
                HttpResponse<String> found = get(publishTwo, "/story?url=" + URLEncoder.encode(member.getUrl(), StandardCharsets.UTF_8));
                assertThat(found.statusCode()).as(member.getUrl()).isEqualTo(200);
                assertThat(found.body()).contains("The story of <code>").contains(htmlText(StoryPage.displayTitle(story)));
            }
        }
        HttpResponse<String> missing = get(publishTwo, "/story?url=" + URLEncoder.encode("https://never.example/x", StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no article").contains("<form class=\"search\"");
        assertThat(get(publishOne, "/story?url=not-a-url").statusCode()).isEqualTo(400);
        assertThat(get(publishOne, "/story/s-00000000000000000000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageOfRecentStoriesRendersInHeadlessChromium() throws Exception {
        String chromium = findChromium();
        if (chromium == null) {
            System.err.println("""

                    ************************************************************************************
                    *  SKIPPED: no chromium, chromium-browser or google-chrome on PATH, so the story    *
                    *  page was not rendered. Install it: bash scripts/install-test-deps.sh             *
                    ************************************************************************************
                    """);
        }
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (see scripts/install-test-deps.sh)");

        // Ask the instance that does not hold the stories: the page comes through forwarding.
        String holder = get(publishOne, "/stories").headers().firstValue(StoreRouter.SERVED_BY_HEADER).orElseThrow();
        Pipeline relaying = holder.endsWith(":" + publishOne.httpPort()) ? publishTwo : publishOne;
        String url = "http://127.0.0.1:" + relaying.httpPort() + "/";
        Path profile = Files.createTempDirectory(dir, "chromium-");
        String dom = run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                "--dump-dom", url), profile);
        List<Story> active = activeStories();
        assertThat(dom).contains("newsline · recent stories");
        for (Story story : active) {
            assertThat(dom).as("the page shows %s", story.getStoryId()).contains(domText(StoryPage.displayTitle(story)))
                    .contains("href=\"/stories/" + story.getStoryId() + "\"");
        }
        assertThat(dom).contains(active.get(0).getMembers().get(0).getSite());
        assertThat(dom).contains("href=\"/story/" + active.get(0).getStoryId() + "\"");

        // The seed story's own page: what the recent page links to.
        Story seed = active.stream().filter(s -> s.getMembers().stream().anyMatch(m -> m.getUrl().contains("urdupoint.com")))
                .findFirst().orElseThrow();
        String storyUrl = "http://127.0.0.1:" + relaying.httpPort() + "/story/" + seed.getStoryId();
        String storyDom = run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                "--dump-dom", storyUrl), profile);
        assertThat(storyDom).contains(domText(StoryPage.displayTitle(seed)))
                .contains("<span class=\"canonical\"", "data-label=\"similarity\">1.00</td>", "data-label=\"published\">");
        assertThat(seed.getEntities()).isNotEmpty();
        Map<String, String> typeOfName = new HashMap<>();
        java.util.regex.Matcher chip = java.util.regex.Pattern
                .compile("<span class=\"chip (person|organisation|place|other)\" title=\"[a-z]+\">([^<]+)</span>").matcher(storyDom);
        while (chip.find()) {
            assertThat(typeOfName.put(chip.group(2), chip.group(1))).as("%s shown with one type", chip.group(2)).isNull();
        }
        assertThat(typeOfName).isNotEmpty();

        Path artifacts = Path.of(System.getProperty("basedir", ".")).resolve("target/artifacts");
        Files.createDirectories(artifacts);
        for (var page : Map.of("recent-stories", url, "story", storyUrl).entrySet()) {
            Path desktop = artifacts.resolve(page.getKey() + "-desktop.png");
            Files.deleteIfExists(desktop);
            run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                    "--hide-scrollbars", "--screenshot=" + desktop.toAbsolutePath(), "--window-size=1280,1600",
                    page.getValue()), profile);
            assertScreenshot(desktop);

            // Phone width: headless Chromium's window is never narrower than 500 px, so the page is laid out in a
            // 375 px frame (same origin, so its width can be measured) and nothing may be wider than the frame.
            Path frame = profile.resolve(page.getKey() + "-phone.html");
            Files.writeString(frame, phoneFrame(get(relaying, URI.create(page.getValue()).getPath()).body()));
            String measured = run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", frame.toUri().toString()), profile);
            java.util.regex.Matcher width = java.util.regex.Pattern.compile("data-scroll-width=\"(\\d+)\"").matcher(measured);
            assertThat(width.find()).as("the frame was measured: %s", measured.length()).isTrue();
            assertThat(Integer.parseInt(width.group(1))).as("%s at 375 px: no horizontal scrolling", page.getKey())
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            Path phone = artifacts.resolve(page.getKey() + "-phone.png");
            Files.deleteIfExists(phone);
            run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                    "--hide-scrollbars", "--virtual-time-budget=5000", "--screenshot=" + phone.toAbsolutePath(),
                    "--window-size=" + PHONE_WIDTH + ",1600", frame.toUri().toString()), profile);
            assertScreenshot(phone);
        }
    }

    /** The width of a common phone's screen in CSS pixels. */
    static final int PHONE_WIDTH = 375;

    /** A page holding {@code html} in a frame {@link #PHONE_WIDTH} wide that records the frame's scroll width. */
    private static String phoneFrame(String html) {
        return "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" style=\"border:0;width:" + PHONE_WIDTH
                + "px;height:1600px\" srcdoc=\"" + html.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"></iframe><script>const f=document.getElementById('f');f.addEventListener('load',()=>"
                + "document.body.setAttribute('data-scroll-width',f.contentDocument.documentElement.scrollWidth));"
                + "</script></body></html>";
    }

    private static void assertScreenshot(Path png) throws IOException {
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).as("a rendered page, not a blank one").isGreaterThan(20_000);
        System.err.println("story page screenshot: " + png.toAbsolutePath());
    }

    private List<Story> activeStories() {
        return stories.values().stream().filter(s -> s.getStatus() == StoryStatus.ACTIVE).toList();
    }

    /** A title as the server escapes it. */
    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A title as a serialised DOM shows it in text content. */
    private static String domText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    /** The count of {@code newsline_story_lookups_seconds} with these tags on the instance's {@code /metrics}. */
    private double lookups(Pipeline instance, String kind, int status, String answered) throws Exception {
        String metrics = get(instance, "/metrics").body();
        return metrics.lines().filter(l -> l.startsWith("newsline_story_lookups_seconds_count{"))
                .filter(l -> l.contains("kind=\"" + kind + "\"") && l.contains("status=\"" + status + "\"")
                        && l.contains("answered=\"" + answered + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(Pipeline instance, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + instance.httpPort() + path);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // 503 while a rebalance settles is the documented answer; a client retries.
            if (response.statusCode() != 503 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(200);
        }
    }

    static String findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    private static String run(List<String> command, Path workDir) throws Exception {
        Path out = workDir.resolve("stdout");
        Path err = workDir.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(err));
        }
        assertThat(process.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
        return Files.readString(out);
    }
}
