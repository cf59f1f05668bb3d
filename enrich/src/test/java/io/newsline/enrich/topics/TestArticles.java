package io.newsline.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the real article texts under {@code src/test/resources/topics} (see SOURCES.md there). */
public final class TestArticles {

    /** A hand-labelled article: its URL, gold level-1 topic, and body text. */
    public record Article(String url, String top, List<String> second, String text) {}

    /** The seed page's title and paragraphs. */
    public record Seed(String title, String text, String language) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestArticles() {}

    public static List<Article> scrapinghub() {
        List<Article> out = new ArrayList<>();
        for (String line : resource("/topics/scrapinghub-articles.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = read(line);
            List<String> second = new ArrayList<>();
            n.get("second").forEach(s -> second.add(s.asText()));
            out.add(new Article(n.get("url").asText(), n.get("top").asText(), second, n.get("text").asText()));
        }
        return out;
    }

    public static Article article(String urlPart) {
        return scrapinghub().stream().filter(a -> a.url().contains(urlPart)).findFirst().orElseThrow();
    }

    public static Seed seed() {
        JsonNode n = read(resource("/topics/seed-article.json"));
        List<String> paragraphs = new ArrayList<>();
        n.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return new Seed(n.get("title").asText(), String.join("\n\n", paragraphs), n.get("language").asText());
    }

    public static String resource(String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
