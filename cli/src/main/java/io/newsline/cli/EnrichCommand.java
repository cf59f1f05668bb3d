package io.newsline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.enrich.app.EnrichApp;
import io.newsline.enrich.app.EnrichedArticles;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.app.IngestApp;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.BlockKind;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.TextBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code newsline enrich PATH...}: the enrich app's library run offline, no Kafka. Reads raw pages (as
 * {@code newsline extract} does, extracting them first) or clean-article JSON lines (as {@code extract} prints
 * them, or any object with {@code text} and optionally {@code articleId}, {@code url}, {@code title},
 * {@code language}), and prints one EnrichedArticle JSON line per article with {@code articleId} and {@code source}
 * at the top.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Enrich articles offline (no Kafka): raw pages or clean-article JSON lines in, enriched JSON lines out.")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;
    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> files = PageFiles.expand(paths, config::mistake);
        NewslineConfig cfg = config.load();
        ArticleCleaner cleaner = IngestApp.cleaner(cfg);
        EnrichedArticles enricher = EnrichApp.enricher(cfg);
        for (Path file : files) {
            if (isJsonLines(file)) {
                readLines(file, cleaner, enricher);
            } else {
                PageFiles.read(List.of(file), input -> print(input.source(), ExtractCommand.clean(cleaner, input), enricher));
            }
        }
        System.out.flush();
        return 0;
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    private void readLines(Path file, ArticleCleaner cleaner, EnrichedArticles enricher) {
        try {
            PageFiles.forEachLine(file, (source, line) -> {
                JsonNode node = AvroJson.MAPPER.readTree(line);
                if (node.has("body") || node.has("bodyBase64")) {
                    Outcome<io.newsline.schemas.RawPage> page = io.newsline.ingest.raw.RawPageDecoder.fromJson(
                            line.getBytes(StandardCharsets.UTF_8));
                    print(source, ExtractCommand.clean(cleaner, new PageFiles.Input(source, page, line)), enricher);
                } else {
                    print(source, cleanArticle(node), enricher);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A clean article from its JSON: the fields as {@code extract} prints them; text is required. */
    static Outcome<CleanArticle> cleanArticle(JsonNode node) {
        if (!node.isObject() || !node.hasNonNull("text")) {
            return Outcome.failed(DeadLetterReason.MISSING_FIELD, "clean-article JSON needs \"text\"");
        }
        String text = node.get("text").asText();
        String url = text(node, "url");
        String id = text(node, "articleId");
        if (id == null) {
            id = ArticleIds.of(url == null ? text : url);
        }
        if (url == null) {
            url = "urn:newsline:" + id;
        }
        List<TextBlock> blocks = new ArrayList<>();
        if (node.has("blocks") && node.get("blocks").isArray()) {
            for (JsonNode b : node.get("blocks")) {
                String kind = b.path("kind").asText("paragraph").toUpperCase(Locale.ROOT).replace('-', '_');
                blocks.add(new TextBlock(BlockKind.valueOf(Arrays.stream(BlockKind.values()).anyMatch(k -> k.name().equals(kind))
                        ? kind : "PARAGRAPH"), b.path("text").asText("")));
            }
        } else {
            for (String p : text.split("\n\n")) {
                if (!p.isBlank()) {
                    blocks.add(new TextBlock(BlockKind.PARAGRAPH, p));
                }
            }
        }
        String pageType = text(node, "pageType");
        CleanArticle.Builder b = CleanArticle.newBuilder()
                .setArticleId(id)
                .setUrl(url)
                .setTitle(text(node, "title"))
                .setLanguage(text(node, "language"))
                .setLanguageConfidence(node.path("languageConfidence").asDouble(0.0))
                .setDateline(text(node, "dateline"))
                .setCredit(text(node, "credit"))
                .setAgency(text(node, "agency"))
                .setPageType("not-article".equals(pageType) ? PageType.NOT_ARTICLE : PageType.ARTICLE)
                .setBlocks(blocks)
                .setText(text)
                .setFetchedAt(node.hasNonNull("fetchedAt") ? OffsetDateTime.parse(node.get("fetchedAt").asText()).toInstant()
                        : Instant.now())
                .setLineage(new ExtractionLineage("input", "json", null, null, java.util.List.of()));
        return Outcome.ok(b.build());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void print(String source, Outcome<CleanArticle> clean, EnrichedArticles enricher) {
        if (clean instanceof Outcome.Ok<CleanArticle> ok) {
            ObjectNode node = AvroJson.MAPPER.createObjectNode();
            node.put("articleId", ok.value().getArticleId());
            node.put("source", source);
            node.setAll(AvroJson.toJson(enricher.enrich(ok.value())));
            System.out.println(node.toString());
        } else {
            System.out.println(ExtractCommand.toJson(source, clean).toString());
        }
    }
}
