package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsline demo}: the whole pipeline on an embedded broker in this process. Starts the broker, creates the
 * topics, runs ingest, enrich and publish, submits the pages (the bundled samples by default), waits until every
 * submitted page has a decision or a dead letter, prints the stories and exits 0 ({@code --serve} keeps running).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on an embedded broker over sample pages (or --input) and print the stories.")
final class DemoCommand implements Callable<Integer> {

    enum Output { text, jsonl }

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
        PrintStream err = System.err;
        Path work = Files.createTempDirectory("newsline-demo-");
        List<Path> pages = inputs.isEmpty() ? List.of(bundledSamples(work)) : inputs;
        long started = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), 0, 0, Map.of()).start()) {
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
            try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start()) {
                pipeline.awaitRunning(Duration.ofMinutes(3));
                Submitter.Report report;
                try (Submitter submitter = new Submitter(config, err)) {
                    PageFiles.read(pages, submitter::submit);
                    report = submitter.finish();
                }
                err.println("demo: submitted " + report.submittedUrls().size() + " pages"
                        + (report.refused().isEmpty() ? "" : ", refused " + report.refused().size())
                        + "; waiting for every page's decision or dead letter...");
                Map<String, Story> stories = awaitAndCollect(config, report.submittedUrls(), err);
                print(stories, System.out);
                err.printf(Locale.ROOT, "demo: %d pages, %d stories in %.1f s%s%n", report.submittedUrls().size(),
                        stories.size(), (System.nanoTime() - started) / 1e9,
                        pipeline.httpPort() > 0 ? "; metrics were on http://127.0.0.1:" + pipeline.httpPort() + "/metrics" : "");
                if (serve) {
                    err.println("demo: serving on http://127.0.0.1:" + pipeline.httpPort()
                            + " (/ recent stories, /stories/{id}, /stories?url=..., /metrics, /health/ready); Ctrl-C stops");
                    NewslineCommand.awaitShutdown(() -> { });
                }
            }
        } finally {
            deleteQuietly(work);
        }
        return 0;
    }

    static Path bundledSamples(Path work) throws IOException {
        Path file = work.resolve("samples.jsonl");
        try (InputStream in = DataFiles.open(DemoCommand.class, "samples/pages.jsonl")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Waits for a decision or dead letter of every URL, then reads the stories topic to its end. */
    private Map<String, Story> awaitAndCollect(NewslineConfig config, List<String> urls, PrintStream err) {
        awaitDecisions(config, urls, Duration.ofSeconds(timeoutSeconds), err);
        TopicCatalogue topics = TopicCatalogue.of(config);
        Map<String, Story> stories = new LinkedHashMap<>();
        try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.STORIES)), true)) {
            reader.readToEnd(Duration.ofSeconds(60), r -> {
                Object value = TopicReader.decode(r.topic(), r.value());
                if (value instanceof Story s) {
                    stories.put(r.key(), s);
                } else if (r.value() == null) {
                    stories.remove(r.key());
                }
            });
        }
        stories.values().removeIf(s -> s.getStatus() != StoryStatus.ACTIVE);
        return stories;
    }

    /**
     * Waits until every submitted URL has its decision or a dead letter (printed on {@code err}); once it has, the
     * stories and events written in the same transactions are committed too.
     *
     * @throws IllegalStateException when some page has neither before the timeout
     */
    static void awaitDecisions(NewslineConfig config, List<String> urls, Duration timeout, PrintStream err) {
        Map<String, String> urlOfArticle = new HashMap<>();
        urls.forEach(u -> urlOfArticle.put(ArticleIds.of(u), u));
        Set<String> pending = new HashSet<>(urlOfArticle.keySet());
        TopicCatalogue topics = TopicCatalogue.of(config);
        try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.DECISIONS),
                topics.name(Topics.DEAD_LETTERS)), true)) {
            boolean done = reader.pollUntil(timeout, r -> {
                Object value = TopicReader.decode(r.topic(), r.value());
                if (value instanceof ArticleDecision d) {
                    pending.remove(d.getArticleId());
                } else if (value instanceof DeadLetter letter) {
                    String url = letter.getUrl() != null ? letter.getUrl() : r.key();
                    if (url != null && pending.remove(ArticleIds.of(url))) {
                        err.println("demo: dead letter for " + url + ": " + AvroJson.symbol(letter.getReason()) + ", "
                                + letter.getMessage());
                    }
                }
            }, pending::isEmpty);
            if (!done) {
                throw new IllegalStateException("timed out: " + pending.size() + " pages have no decision yet, e.g. "
                        + urlOfArticle.get(pending.iterator().next()));
            }
        }
    }

    private void print(Map<String, Story> stories, PrintStream out) {
        List<Story> sorted = new ArrayList<>(stories.values());
        sorted.sort(Comparator.comparing((Story s) -> -s.getMembers().size()).thenComparing(Story::getCreatedAt)
                .thenComparing(Story::getStoryId));
        for (Story s : sorted) {
            if (output == Output.jsonl) {
                out.println(storyJson(s).toString());
            } else {
                out.printf("%s  %s  source: %s%n", s.getStoryId(), s.getTitle() == null ? "(untitled)" : "\"" + s.getTitle() + "\"",
                        s.getSource() == null ? "-" : s.getSource());
                for (StoryMember m : s.getMembers()) {
                    out.printf(Locale.ROOT, "    %-15s %.2f  %s%n", AvroJson.symbol(m.getRelation()), m.getSimilarity(), m.getUrl());
                }
                for (StoryMember m : s.getRelated()) {
                    out.printf(Locale.ROOT, "    %-15s %.2f  %s%n", "related", m.getSimilarity(), m.getUrl());
                }
            }
        }
        out.flush();
    }

    /** A story as the demo's JSON lines print it: storyId, title, source, articles, related. */
    static ObjectNode storyJson(Story s) {
        ObjectNode node = AvroJson.MAPPER.createObjectNode();
        node.put("storyId", s.getStoryId());
        node.put("title", s.getTitle());
        node.put("source", s.getSource());
        node.put("canonicalUrl", s.getCanonicalUrl());
        node.set("articles", members(s.getMembers()));
        node.set("related", members(s.getRelated()));
        return node;
    }

    private static ArrayNode members(List<StoryMember> members) {
        ArrayNode array = AvroJson.MAPPER.createArrayNode();
        for (StoryMember m : members) {
            ObjectNode a = array.addObject();
            a.put("articleId", m.getArticleId());
            a.put("url", m.getUrl());
            a.put("relation", AvroJson.symbol(m.getRelation()));
            a.put("similarity", m.getSimilarity());
        }
        return array;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is not worth failing the demo for
        }
    }
}
