package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline demo} end to end on its own embedded broker: the bundled samples as a user runs them (the real
 * jar in its own JVM, with {@code --serve}, stopped as Ctrl-C stops it), and {@code --input FILE.jsonl --output
 * jsonl} over the sample pages.
 */
class DemoIT {

    static final Path JAR = Path.of("target", "newsline-cli.jar").toAbsolutePath();
    static final String SEED = "https://www.urdupoint.com/en/world/putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html";
    static final String AFP_COPY = "https://wire.example.org/afp/2025/03/04/putin-hails-myanmar-ties-as-junta-chief-visits-moscow";

    @Test
    void theBundledDemoSourcesTheSeedStoryToAfpSummarisesEveryPageAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        // Not under the OS temp folder, as a user's ~/.cache is not (Kafka Streams warns about state there).
        Path cache = Files.createDirectories(Path.of("target", "demo-it-cache-" + System.nanoTime()).toAbsolutePath());
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-jar", JAR.toString(), "demo", "--serve")
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process demo = builder.start();
        try {
            Matcher serving = awaitLine(demo, err, Pattern.compile("demo: serving on http://127\\.0\\.0\\.1:(\\d+)"));
            String text = Files.readString(out);
            String log = Files.readString(err);

            // The seed story: UrduPoint's APP-credited copy founded it, the AFP-credited copy joined it.
            String seed = storyBlock(text, SEED);
            assertThat(seed.lines().findFirst().orElseThrow()).contains("source: AFP");
            assertThat(seed).contains(AFP_COPY + "  (canonical)").contains("https://mirror.example.com/world/putin-hails-myanmar-ties")
                    .contains("    published 2025-03-04T17:40:00Z");
            assertThat(seed).containsPattern("    entities: .*Vladimir Putin \\(person\\)")
                    .containsPattern("    topics:   \\S");
            assertThat(text).doesNotContain("(untitled)").contains("(title from its URL)");

            // One closing line accounts for every page.
            assertThat(log).containsPattern("demo: 12 pages in: 11 articles in \\d+ stories; 1 not an article "
                    + "\\(navigation-only\\); 0 dead letters; [\\d.]+ s");
            assertThat(log.lines().filter(l -> StartupWarnings.isWarning(l, cache)).toList())
                    .as("no warnings on a clean start").isEmpty();

            // While it serves, the seed story's page is found by the UrduPoint URL.
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + serving.group(1) + "/story?url=" + URLEncoder.encode(SEED, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<span class=\"source\">AFP</span>", "wire.example.org");
            try (Stream<Path> working = Files.list(cache.resolve("newsline"))) {
                assertThat(working).as("the demo works under XDG_CACHE_HOME").hasSize(1);
            }
        } finally {
            demo.destroy(); // SIGTERM, as Ctrl-C
            assertThat(demo.waitFor(90, TimeUnit.SECONDS)).as("the demo stops on SIGTERM").isTrue();
        }
        try (Stream<Path> left = Files.list(cache.resolve("newsline"))) {
            assertThat(left).as("broker data and app state removed on exit").isEmpty();
        }
        Files.delete(cache.resolve("newsline"));
        Files.delete(cache);
    }

    @Test
    void ctrlCWhileTheDemoStartsLeavesNothingBehind() throws Exception {
        Path cache = Files.createDirectories(Path.of("target", "demo-it-cache-" + System.nanoTime()).toAbsolutePath());
        Path err = cache.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-jar", JAR.toString(), "demo")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process demo = builder.start();
        try {
            awaitLine(demo, err, Pattern.compile("demo: broker at .*starting ingest, enrich, publish"));
            try (Stream<Path> working = Files.list(cache.resolve("newsline"))) {
                assertThat(working).hasSize(1);
            }
        } finally {
            demo.destroy(); // SIGTERM, as Ctrl-C, while the apps start
            assertThat(demo.waitFor(90, TimeUnit.SECONDS)).as("the demo stops on SIGTERM").isTrue();
        }
        try (Stream<Path> left = Files.list(cache.resolve("newsline"))) {
            assertThat(left).as("broker data and app state removed").isEmpty();
        }
        Files.delete(cache.resolve("newsline"));
        Files.delete(err);
        Files.delete(cache);
    }

    @Test
    void demoOverRawPageJsonLinesPrintsStoriesWithMembersEntitiesAndTopics(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("pages.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            Files.copy(in, input);
        }
        CommandOutput demo = CommandOutput.run("demo", "--input", input.toString(), "--output", "jsonl");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> stories = new ArrayList<>();
        for (String line : demo.out().split("\n")) {
            if (line.startsWith("{")) {
                stories.add(json.readTree(line));
            }
        }
        assertThat(stories).isNotEmpty();
        JsonNode seed = stories.stream()
                .filter(s -> "Putin Hails Myanmar Ties As Junta Chief Visits Moscow".equals(s.path("title").asText()))
                .findFirst().orElseThrow();
        List<String> urls = new ArrayList<>();
        seed.get("members").forEach(a -> urls.add(a.get("url").asText()));
        // The exact copy, the truncated copy and the re-headlined, edited copy join the seed.
        assertThat(urls).containsExactlyInAnyOrder(SEED, "https://mirror.example.com/world/putin-hails-myanmar-ties",
                "https://daily.example.net/world/2025/03/05/putin-praises-myanmar-ties",
                "https://herald.example.org/asia/russia-myanmar-deepen-nuclear-cooperation");
        assertThat(seed.get("members").get(0).get("relation").asText()).isEqualTo("original");
        assertThat(seed.get("storyId").asText()).startsWith("s-");
        // Without the agency's own copy, the seed story is the republisher's.
        assertThat(seed.get("source").asText()).isEqualTo("APP");
        assertThat(seed.get("entities").findValuesAsText("name")).contains("Vladimir Putin");
        assertThat(seed.get("topics")).isNotEmpty();
        // The same name as the story lookup's JSON; the earlier name repeats it (deprecated).
        assertThat(stories).allSatisfy(s -> assertThat(s.get("articles")).isEqualTo(s.get("members")));
        // The navigation-only capture is flagged not-article and is in no story.
        assertThat(stories).noneMatch(s -> s.toString().contains("https://www.example.com/culture/"));
        assertThat(demo.err()).contains("1 not an article (navigation-only)");
        // Copies of one wire story end in one story: three outlets' copies of the Velora story.
        assertThat(stories).anySatisfy(s -> assertThat(s.get("members").findValuesAsText("url")).containsExactlyInAnyOrder(
                "https://business.example.com/europe/2025/03/04/velora-record-profit-e-bike-demand",
                "https://tageblatt.example.net/en/Economy/1024-velora-shines-as-e-bike-demand-returns.html",
                "https://news.example.org/business/e-bike-boom-is-back-says-velora"));
        // An independent report of the seed's meeting, same people, same day, is a story of its own.
        assertThat(stories).anySatisfy(s -> assertThat(s.get("members").findValuesAsText("url")).containsExactly(
                "https://report.example.com/asia/2025/03/04/myanmar-military-leader-holds-moscow-talks"));
        // Every other page is in exactly one story.
        List<String> all = new ArrayList<>();
        stories.forEach(s -> s.get("members").forEach(a -> all.add(a.get("url").asText())));
        stories.forEach(s -> s.get("related").forEach(a -> all.add(a.get("url").asText())));
        assertThat(all).doesNotHaveDuplicates().hasSize(10);
        assertThat(stories).noneSatisfy(s -> assertThat(s.get("title").asText()).isBlank());
    }

    /** The lines of the story whose members include {@code url}: its heading and everything indented below it. */
    static String storyBlock(String text, String url) {
        String[] blocks = text.split("\n(?=s-)");
        for (String block : blocks) {
            if (block.contains(url)) {
                return block;
            }
        }
        throw new AssertionError("no story with " + url + " in:\n" + text);
    }

    /** Waits until the process writes a line matching {@code pattern} to {@code log}; fails if it exits first. */
    static Matcher awaitLine(Process process, Path log, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
            assertThat(process.isAlive()).as("the demo is running; its log:\n%s", text).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("no line matching " + pattern + " in " + log + ":\n" + Files.readString(log));
    }
}
