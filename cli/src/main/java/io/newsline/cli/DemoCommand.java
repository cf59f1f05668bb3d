package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.lookup.StoryDisplay;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.Topic;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsline demo}: the whole pipeline on an embedded broker in this process. Checks the inputs, starts the
 * broker, creates the topics, runs ingest, enrich and publish, submits the pages (the bundled samples by default),
 * waits until every submitted page has a decision or a dead letter, prints the stories (with entities and topics)
 * and a closing summary, and exits 0 ({@code --serve} keeps running). Broker data and app state live in a folder
 * under the user's cache directory that is removed on exit, also after Ctrl-C at any point (a shutdown hook).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on an embedded broker over sample pages (or --input) and print the stories.")
final class DemoCommand implements Callable<Integer> {

    enum Output { text, jsonl }

    /** The bundled samples, submitted in this order: real pages, then a synthetic copy in the agency's own name. */
    static final List<String> SAMPLES = List.of("samples/pages.jsonl", "samples/synthetic-afp.jsonl");
    /** How many entities and topics a story shows in text output. */
    static final int TOP_ENTITIES = 8;
    static final int TOP_TOPICS = 3;

    @Spec
    CommandSpec spec;
    @Option(names = "--input", paramLabel = "PATH", description = "Pages to submit instead of the bundled samples (files, folders, raw-page .jsonl).")
    List<Path> inputs = new ArrayList<>();
    @Option(names = "--output", description = "text (default) or jsonl: one JSON object per story.", defaultValue = "text")
    Output output;
    @Option(names = "--http-port", description = "Port of /metrics and /health (default: a free port).", defaultValue = "0")
    int httpPort;
    @Option(names = "--serve", description = "Keep the pipeline and its endpoints running after printing, until stopped.")
    boolean serve;
    @Option(names = "--timeout", description = "Give up waiting for decisions after this many seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "600")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        checkInputs();
        PrintStream err = System.err;
        long started = System.nanoTime();
        Deque<AutoCloseable> open = new ArrayDeque<>();
        Path work = workFolder();
        open.push(() -> deleteQuietly(work));
        // Ctrl-C at any point: the JVM waits for this hook, which stops apps and broker and removes the folder.
        Thread cleanup = new Thread(() -> closeAll(open), "newsline-demo-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            List<Path> pages = inputs.isEmpty() ? List.of(bundledSamples(work)) : inputs;
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), 0, 0, Map.of()).start();
            open.push(broker);
            NewslineConfig config = NewslineConfig.load(null, System.getenv(), Map.of(
                    NewslineConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "topic.replication.factor", "1",
                    "topic.min.insync.replicas", "1",
                    "topic.partitions", "2",
                    "app.state.dir", work.resolve("state").toString(),
                    "http.port", Integer.toString(httpPort),
                    "http.host", "127.0.0.1",
                    "commit.interval.ms", "100"));
            TopicAdmin.createAll(config);
            err.println("demo: broker at " + broker.bootstrapServers() + "; starting ingest, enrich, publish...");
            Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
            open.push(pipeline);
            pipeline.awaitRunning(Duration.ofMinutes(3));
            Submitter.Report report;
            try (Submitter submitter = new Submitter(config, err)) {
                PageFiles.read(pages, submitter::submit);
                report = submitter.finish();
            }
            err.println("demo: submitted " + report.submittedUrls().size() + " pages"
                    + (report.refused().isEmpty() ? "" : ", refused " + report.refused().size())
                    + "; waiting for every page's decision or dead letter...");
            DemoResults results = DemoResults.collect(config, report.submittedUrls(), Duration.ofSeconds(timeoutSeconds), err);
            print(sorted(results.stories.values()), System.out);
            err.printf(Locale.ROOT, "demo: %s; %.1f s%n",
                    results.summary(report.submittedUrls().size() + report.refused().size(), report.refused().size()),
                    (System.nanoTime() - started) / 1e9);
            if (serve) {
                err.println("demo: serving on http://127.0.0.1:" + pipeline.httpPort()
                        + " (/ recent stories, /story/{id}, /story?url=..., JSON /stories/{id}, /metrics, /health/ready);"
                        + " Ctrl-C stops");
                NewslineCommand.awaitShutdown(() -> closeAll(open));
            }
        } finally {
            closeAll(open);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing is left open
            }
        }
        return 0;
    }

    /** Refuses a missing or empty input before anything starts (exit code 2, as every usage error). */
    private void checkInputs() {
        try {
            if (!inputs.isEmpty() && PageFiles.expand(inputs).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "demo --input: no page files (.html, .htm, .txt, .jsonl) in " + inputs);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "demo --input: " + e.getMessage());
        }
    }

    /**
     * A new folder for the broker's data and the apps' state, under {@code $XDG_CACHE_HOME/newsline} (default
     * {@code ~/.cache/newsline}): Kafka Streams warns about state in the OS temp folder, which the OS may clear
     * under a running app. Falls back to the temp folder where the cache cannot be written.
     */
    static Path workFolder() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        try {
            Path parent = Files.createDirectories(cache.resolve("newsline"));
            return Files.createTempDirectory(parent, "demo-");
        } catch (IOException | SecurityException e) {
            return Files.createTempDirectory("newsline-demo-");
        }
    }

    /** Writes the bundled sample pages into one raw-page JSON lines file in {@code work}. */
    static Path bundledSamples(Path work) throws IOException {
        Path file = work.resolve("samples.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String sample : SAMPLES) {
                try (InputStream in = DataFiles.open(DemoCommand.class, sample)) {
                    in.transferTo(out);
                }
            }
        }
        return file;
    }

    /**
     * Waits until every submitted URL has its decision or a dead letter (printed on {@code err}); once it has, the
     * stories and events written in the same transactions are committed too.
     *
     * @throws IllegalStateException when some page has neither before the timeout
     */
    static void awaitDecisions(NewslineConfig config, List<String> urls, Duration timeout, PrintStream err) {
        new DemoResults().awaitDecisions(config, urls, timeout, err);
    }

    /** Biggest stories first, then the oldest. */
    static List<Story> sorted(Iterable<Story> stories) {
        List<Story> sorted = new ArrayList<>();
        stories.forEach(sorted::add);
        sorted.sort(Comparator.comparing((Story s) -> -s.getMembers().size()).thenComparing(Story::getCreatedAt)
                .thenComparing(Story::getStoryId));
        return sorted;
    }

    private void print(List<Story> stories, PrintStream out) {
        for (Story s : stories) {
            if (output == Output.jsonl) {
                out.println(storyJson(s).toString());
            } else {
                printText(s, out);
            }
        }
        out.flush();
    }

    /** A story as text: heading, publication, members with relation, similarity and publication, entities, topics. */
    static void printText(Story s, PrintStream out) {
        StoryDisplay.Title title = StoryDisplay.title(s);
        out.printf("%s  \"%s\"%s  source: %s%n", s.getStoryId(), title.text(), title.fromUrl() ? " (title from its URL)" : "",
                s.getSource() == null ? "-" : s.getSource());
        Instant published = StoryDisplay.published(s);
        if (published != null) {
            out.println("    published " + published);
        }
        StoryMember canonical = StoryDisplay.canonical(s);
        for (StoryMember m : s.getMembers()) {
            member(out, AvroJson.symbol(m.getRelation()), m, m == canonical);
        }
        for (StoryMember m : s.getRelated()) {
            member(out, "related", m, false);
        }
        List<StoryEntity> entities = StoryDisplay.entities(s, TOP_ENTITIES);
        if (!entities.isEmpty()) {
            out.println("    entities: " + entities.stream().map(e -> e.getName() + " (" + StoryDisplay.typeLabel(e) + ")")
                    .collect(Collectors.joining(", ")));
        }
        List<Topic> topics = StoryDisplay.topics(s, TOP_TOPICS);
        if (!topics.isEmpty()) {
            out.println("    topics:   " + topics.stream().map(Topic::getLabel).collect(Collectors.joining("; ")));
        }
    }

    private static void member(PrintStream out, String relation, StoryMember m, boolean canonical) {
        out.printf(Locale.ROOT, "    %-15s %.2f  %s%s%n", relation, m.getSimilarity(), m.getUrl(), canonical ? "  (canonical)" : "");
    }

    /**
     * A story as the demo's JSON lines print it, with the names the story lookup uses ({@code members}):
     * storyId, title, source, sourceEvidence, canonicalUrl, publishedAt, members (with each one's title), related,
     * and the entities and topics the text output shows; {@code articles} repeats {@code members} under its earlier name (deprecated).
     */
    static ObjectNode storyJson(Story s) {
        ObjectNode node = AvroJson.MAPPER.createObjectNode();
        StoryDisplay.Title title = StoryDisplay.title(s);
        node.put("storyId", s.getStoryId());
        node.put("title", title.text());
        node.put("titleFromUrl", title.fromUrl());
        node.put("source", s.getSource());
        node.set("sourceEvidence", AvroJson.toJson(s).get("sourceEvidence"));
        node.put("canonicalUrl", s.getCanonicalUrl());
        Instant published = StoryDisplay.published(s);
        node.put("publishedAt", published == null ? null : published.toString());
        node.set("members", members(s.getMembers(), StoryDisplay.canonical(s)));
        // The list's earlier name, kept while consumers move to members: the syndication sets' scorer reads it.
        node.set("articles", node.get("members"));
        node.set("related", members(s.getRelated(), null));
        ArrayNode entities = node.putArray("entities");
        StoryDisplay.entities(s, TOP_ENTITIES).forEach(e -> entities.addObject().put("name", e.getName())
                .put("type", AvroJson.symbol(e.getType())));
        ArrayNode topics = node.putArray("topics");
        StoryDisplay.topics(s, TOP_TOPICS).forEach(t -> topics.addObject().put("id", t.getId()).put("label", t.getLabel()));
        return node;
    }

    private static ArrayNode members(List<StoryMember> members, StoryMember canonical) {
        ArrayNode array = AvroJson.MAPPER.createArrayNode();
        for (StoryMember m : members) {
            ObjectNode a = array.addObject();
            a.put("articleId", m.getArticleId());
            a.put("url", m.getUrl());
            a.put("relation", AvroJson.symbol(m.getRelation()));
            a.put("similarity", m.getSimilarity());
            a.put("title", m.getTitle());
            a.put("publishedAt", m.getPublishedAt() == null ? null : m.getPublishedAt().toString());
            if (canonical != null) {
                a.put("canonical", m == canonical);
            }
        }
        return array;
    }

    /** Closes what the run opened, newest first, each once; the first failure is rethrown after the rest closed. */
    private static synchronized void closeAll(Deque<AutoCloseable> open) {
        RuntimeException failure = null;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a folder left behind is not worth failing the demo for
        }
    }
}
