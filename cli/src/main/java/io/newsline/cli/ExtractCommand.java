package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.app.IngestApp;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.RawPage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code newsline extract PATH...}: the ingest app's extraction run offline, no Kafka. Prints one
 * {@link CleanArticle} JSON line per input page with {@code source} (the path, plus the line number for .jsonl),
 * also for pages flagged not-article; a page that cannot be read prints {@code source} with {@code error} and
 * {@code message} (what would be a dead letter in the app).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract clean articles from page files offline (no Kafka); one JSON line per page.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".html/.htm/.txt (optionally .gz), folders, raw-page .jsonl")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PageFiles.expand(paths, config::mistake);
        ArticleCleaner cleaner = IngestApp.cleaner(config.load());
        PrintStream out = System.out;
        PageFiles.read(paths, input -> {
            out.println(toJson(input.source(), clean(cleaner, input)).toString());
        });
        out.flush();
        return 0;
    }

    static Outcome<CleanArticle> clean(ArticleCleaner cleaner, PageFiles.Input input) {
        if (input.page() instanceof Outcome.Failed<RawPage> failed) {
            return failed.castFailure();
        }
        return cleaner.clean(((Outcome.Ok<RawPage>) input.page()).value(), Instant.now());
    }

    static ObjectNode toJson(String source, Outcome<CleanArticle> result) {
        ObjectNode node = AvroJson.MAPPER.createObjectNode();
        node.put("source", source);
        if (result instanceof Outcome.Ok<CleanArticle> ok) {
            node.setAll(AvroJson.toJson(ok.value()));
        } else {
            Outcome.Failed<CleanArticle> failed = (Outcome.Failed<CleanArticle>) result;
            node.put("url", failed.url());
            node.put("error", AvroJson.symbol(failed.reason()));
            node.put("message", failed.message());
        }
        return node;
    }
}
