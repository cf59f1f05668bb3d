package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real and crafted pages under {@code src/test/resources/golden/html}, each with an {@code .expected.json} beside it
 * (see SOURCES.md there). Pages are parsed from bytes with jsoup's charset detection, as ingest does.
 */
class GoldenPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private final MainTextExtractor extractor = new MainTextExtractor();

    static Stream<Path> expectations() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenPageTest.class.getResource("/golden/html").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void extractsTheExpectedMainText(Path expectationFile) throws IOException {
        JsonNode expected = JSON.readTree(expectationFile.toFile());
        Path page = expectationFile.resolveSibling(expected.get("page").asText());
        List<Block> blocks = extractor.extractBody(parse(page));
        String text = blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));

        if (expected.has("blocks")) {
            List<Block> want = new ArrayList<>();
            for (JsonNode block : expected.get("blocks")) {
                want.add(new Block(BlockKind.valueOf(block.get("kind").asText()), block.get("text").asText()));
            }
            assertThat(blocks).containsExactlyElementsOf(want);
        }
        if (expected.has("goldText")) {
            double f1 = shingleF1(expected.get("goldText").asText(), text);
            assertThat(f1).as("4-gram F1 against the gold text").isGreaterThanOrEqualTo(expected.get("minF1").asDouble());
        }
        for (JsonNode s : expected.path("mustContain")) {
            assertThat(text).contains(s.asText());
        }
        for (JsonNode s : expected.path("mustNotContain")) {
            assertThat(text).doesNotContain(s.asText());
        }
    }

    private static Document parse(Path page) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(page));
                InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Jsoup.parse(in, null, "https://golden.example/" + page.getFileName());
        }
    }

    /** The extraction benchmark's per-page measure: F1 of word 4-gram shingle multisets. */
    static double shingleF1(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        int tp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        int predictedCount = p.values().stream().mapToInt(Integer::intValue).sum();
        int goldCount = g.values().stream().mapToInt(Integer::intValue).sum();
        if (tp == 0) {
            return predictedCount == 0 && goldCount == 0 ? 1 : 0;
        }
        double precision = (double) tp / predictedCount;
        double recall = (double) tp / goldCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3) && !words.isEmpty(); i++) {
            out.merge(List.copyOf(words.subList(i, Math.min(words.size(), i + 4))), 1, Integer::sum);
        }
        return out;
    }
}
