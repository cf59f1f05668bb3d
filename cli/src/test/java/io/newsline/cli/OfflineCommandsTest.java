package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline extract} and {@code newsline enrich}: the apps' domain code run offline, no Kafka. */
class OfflineCommandsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("{")) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    static Path samples(Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        try (InputStream in = OfflineCommandsTest.class.getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void extractPrintsOneCleanArticlePerPageWithItsSourceAlsoForNotArticles(@TempDir Path dir) throws Exception {
        CommandOutput run = CommandOutput.run("extract", samples(dir).toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> articles = lines(run.out());
        assertThat(articles).hasSize(11);
        JsonNode seed = articles.get(0);
        assertThat(seed.get("source").asText()).endsWith("pages.jsonl:1");
        assertThat(seed.get("title").asText()).isEqualTo("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
        assertThat(seed.get("pageType").asText()).isEqualTo("article");
        assertThat(seed.get("blocks")).hasSize(16);
        assertThat(seed.get("blocks").get(0).get("kind").asText()).isEqualTo("paragraph");
        assertThat(seed.get("text").asText()).startsWith("President Vladimir Putin on Tuesday");
        assertThat(seed.get("articleId").asText()).hasSize(32);
        assertThat(articles).anySatisfy(a -> {
            assertThat(a.get("url").asText()).startsWith("https://www.example.com/culture/");
            assertThat(a.get("pageType").asText()).isEqualTo("not-article");
        });
    }

    @Test
    void extractReadsPageFilesFoldersAndGzipAndReportsUnreadableJsonLines(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages/nested"));
        String html = "<html lang=en><head><title>Budget vote passes | Example Times</title></head><body><article>"
                + "<p>The city council passed the annual budget on Monday after a long debate about transport spending.</p>"
                + "<p>The plan raises bus funding by a fifth and delays the tram extension by two years.</p>"
                + "<p>Opposition members said the delay would cost more in the long run.</p></article></body></html>";
        Files.writeString(folder.resolve("a.html"), html);
        try (var gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.html.gz")))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("bad.jsonl"), "{\"body\": \"no url\"}\n");
        CommandOutput run = CommandOutput.run("extract", dir.resolve("pages").toString(), dir.resolve("bad.jsonl").toString());
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("source").asText()).endsWith("a.html");
        assertThat(out.get(1).get("source").asText()).endsWith("b.html.gz");
        assertThat(out.get(1).get("text").asText()).contains("annual budget");
        assertThat(out.get(2).get("error").asText()).isEqualTo("missing-field");
    }

    @Test
    void enrichReadsCleanArticleJsonLinesAndPrintsMentionsWithOffsets(@TempDir Path dir) throws Exception {
        // CoNLL-2003 style, written for the test: one sentence per line, tokens separated by spaces.
        String text = "CYCLING - DUTCH RIDER TAKES SPRINT , HOME FAVOURITE CRASHES .\nMarit Jansen\n"
                + "GHENT , Belgium 2025-03-04\nThe Netherlands began their defence of the team title with a narrow "
                + "win over Belgium in the opening stage of a three-day race on Tuesday .";
        Files.writeString(dir.resolve("conll.jsonl"), JSON.writeValueAsString(java.util.Map.of("articleId", "conll-001",
                "url", "https://example.org/conll/conll-001", "title", "", "language", "en", "text", text)) + "\n");
        CommandOutput run = CommandOutput.run("enrich", dir.resolve("conll.jsonl").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode out = lines(run.out()).get(0);
        assertThat(out.get("articleId").asText()).isEqualTo("conll-001");
        assertThat(out.get("language").asText()).isEqualTo("en");
        assertThat(out.get("mentions")).isNotEmpty();
        for (JsonNode m : out.get("mentions")) {
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        List<String> names = new ArrayList<>();
        out.get("mentions").forEach(m -> names.add(m.get("text").asText()));
        assertThat(names).contains("Marit Jansen", "Belgium", "Netherlands");
    }
}
