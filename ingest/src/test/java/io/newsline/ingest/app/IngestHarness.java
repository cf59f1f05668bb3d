package io.newsline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The real ingest topology in a {@link TopologyTestDriver}, fed one raw record at a time, with the check every
 * bad-input test shares: the record yields exactly one output, a clean article or a dead letter with the ingest
 * stage and a known reason class, and a good page piped right after it is still cleaned. Not thread-safe.
 */
final class IngestHarness implements AutoCloseable {

    static final String GOOD_URL = "https://www.urdupoint.com/en/world/putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html";
    static final String GOOD_TITLE = "Putin Hails Myanmar Ties As Junta Chief Visits Moscow";
    static final ObjectMapper JSON = new ObjectMapper();

    /** What one raw record became. Exactly one of the two is set. */
    record Result(CleanArticle article, DeadLetter deadLetter) {
        boolean isDeadLetter() {
            return deadLetter != null;
        }
    }

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> raw;
    private final TestOutputTopic<String, CleanArticle> clean;
    private final TestOutputTopic<String, DeadLetter> deadLetters;
    private final byte[] goodPage;
    private long offset;
    /** True right after a good page was cleaned: it is then the good page "before" the next record too. */
    private boolean goodPageLast;

    IngestHarness() {
        try {
            stateDir = Files.createTempDirectory("ingest-harness");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = TestApps.driver(new IngestApp(), stateDir, new SimpleMeterRegistry());
        raw = driver.createInputTopic(Topics.RAW_PAGES.name(), new StringSerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(Topics.CLEAN_ARTICLES.name(), new StringDeserializer(),
                Topics.CLEAN_ARTICLES.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
        goodPage = json(Map.of("url", GOOD_URL, "contentType", "text/plain; charset=utf-8",
                "body", text("/golden/text/urdupoint-putin-myanmar-2025-03-05.txt")));
    }

    /**
     * Pipes a good page, the given record, and a good page again; checks the good pages are cleaned and that the
     * record itself gave exactly one result, and returns it. The good page after one record is the good page
     * before the next, so each good page is piped once.
     */
    Result pipeBetweenGoodPages(String key, byte[] value) {
        if (!goodPageLast) {
            assertGoodPageIsCleaned();
        }
        Result result = pipe(key, value);
        assertGoodPageIsCleaned();
        return result;
    }

    /** Pipes one record (no exception may escape) and returns its single result. */
    Result pipe(String key, byte[] value) {
        long at = offset++;
        goodPageLast = false;
        raw.pipeInput(key, value);
        List<CleanArticle> articles = clean.readValuesToList();
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(articles.size() + letters.size())
                .as("outputs of one raw record (articles %s, dead letters %s)", articles.size(), letters)
                .isEqualTo(1);
        if (letters.isEmpty()) {
            return new Result(articles.get(0), null);
        }
        DeadLetter letter = letters.get(0);
        assertThat(letter.getStage()).isEqualTo(Stage.INGEST);
        assertThat(letter.getReason()).as("reason class of %s", letter.getMessage())
                .isNotIn(DeadLetterReason.UNKNOWN, DeadLetterReason.PROCESSING_ERROR);
        assertThat(letter.getMessage()).isNotBlank();
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.RAW_PAGES.name());
        assertThat(letter.getSourceOffset()).isEqualTo(at);
        assertThat(letter.getOriginalValueLength()).isEqualTo(value == null ? 0 : value.length);
        return new Result(null, letter);
    }

    void assertGoodPageIsCleaned() {
        Result good = pipe(GOOD_URL, goodPage);
        assertThat(good.isDeadLetter()).as("good page dead-lettered: %s", good.deadLetter()).isFalse();
        assertThat(good.article().getTitle()).isEqualTo(GOOD_TITLE);
        goodPageLast = true;
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    /** A raw-page JSON record with the body as base64 bytes (so any bytes, in any charset, get through). */
    static byte[] rawPage(String url, String contentType, byte[] body) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("url", url);
        if (contentType != null) {
            page.put("contentType", contentType);
        }
        page.put("bodyBase64", Base64.getEncoder().encodeToString(body));
        return json(page);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8);
    }

    static byte[] resource(String resource) {
        try (InputStream in = IngestHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real pages of the extraction test set (gzipped HTML, MIT), decompressed. */
    static List<byte[]> realHtmlPages() {
        return List.of("0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2",
                "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
                "57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2").stream()
                .map(name -> gunzip(resource("/golden/html/" + name + ".html.gz"))).toList();
    }

    static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
