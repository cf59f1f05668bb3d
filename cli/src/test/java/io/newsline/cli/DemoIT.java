package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline demo --input FILE.jsonl --output jsonl} end to end on its own embedded broker, with raw-page JSON
 * lines built from the syndication pages and the seed page (the bundled samples).
 */
class DemoIT {

    @Test
    void demoOverRawPageJsonLinesPrintsTheSeedStoryWithItsExactCopy(@TempDir Path dir) throws Exception {
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
        seed.get("articles").forEach(a -> urls.add(a.get("url").asText()));
        assertThat(urls).contains("https://www.urdupoint.com/en/world/putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html",
                "https://mirror.example.com/world/putin-hails-myanmar-ties");
        assertThat(seed.get("articles").get(0).get("relation").asText()).isEqualTo("original");
        assertThat(seed.get("storyId").asText()).startsWith("s-");
        // The navigation-only capture is flagged not-article and is in no story.
        assertThat(stories).noneMatch(s -> s.toString().contains("sawtfalasteen"));
        // Copies of one wire story end in one story: the three AFP Prada copies.
        assertThat(stories).anySatisfy(s -> assertThat(s.get("articles")).hasSize(3));
        // Every other page is in exactly one story.
        List<String> all = new ArrayList<>();
        stories.forEach(s -> s.get("articles").forEach(a -> all.add(a.get("url").asText())));
        stories.forEach(s -> s.get("related").forEach(a -> all.add(a.get("url").asText())));
        assertThat(all).doesNotHaveDuplicates().hasSize(12);
    }
}
