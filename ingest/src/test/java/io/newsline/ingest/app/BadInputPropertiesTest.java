package io.newsline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.ingest.extract.ExtractorSettings;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.codec.RecordCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Generated bad raw pages through the real ingest topology: whatever the bytes, no exception escapes, each record
 * gives exactly one clean article or one ingest dead letter with a known reason class, and a good page before and
 * after it is still cleaned. Tries are bounded so the class runs in seconds.
 */
class BadInputPropertiesTest {

    private static final List<byte[]> REAL_PAGES = IngestHarness.realHtmlPages();
    private static final ObjectMapper ONE_JSON_VALUE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "", "text/html", "text/html; charset=utf-8",
            "text/html; charset=windows-1252", "text/html; charset=shift_jis", "text/html; charset=x-no-such-charset",
            "text/html; charset=", "text/html; charset=\"utf-16\"", "application/octet-stream", "text/plain",
            "image/png", ";;;charset=;", "text/html; charset=utf-8; charset=latin1");

    private IngestHarness ingest;

    @BeforeProperty
    void start() {
        ingest = new IngestHarness();
    }

    @AfterProperty
    void stop() {
        ingest.close();
    }

    @Property(tries = 60)
    void randomBytesAreDeadLetters(@ForAll @Size(max = 3000) byte[] value) {
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k", value);
        if (!startsLikeJsonOrAvro(value)) {
            assertThat(result.isDeadLetter()).isTrue();
            // one whole JSON value that is no object ("5", "true") is refused as JSON, anything else as undecodable
            assertThat(result.deadLetter().getReason())
                    .isEqualTo(isOneJsonValue(value) ? DeadLetterReason.INVALID_JSON : DeadLetterReason.UNDECODABLE);
        }
    }

    @Property(tries = 60)
    void garbageThatStartsLikeJsonIsRefusedAsJson(@ForAll @Size(max = 400) String tail) {
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k", ("{" + tail).getBytes(StandardCharsets.UTF_8));
        if (result.isDeadLetter()) {
            assertThat(result.deadLetter().getReason()).isIn(DeadLetterReason.INVALID_JSON,
                    DeadLetterReason.MISSING_FIELD, DeadLetterReason.INVALID_FIELD);
        }
    }

    @Property(tries = 40)
    void avroWithAnUnknownFingerprintIsAnUnknownSchemaDeadLetter(@ForAll @Size(min = 8, max = 8) byte[] fingerprint,
            @ForAll @Size(max = 500) byte[] payload) {
        byte[] value = new byte[2 + 8 + payload.length];
        value[0] = (byte) 0xC3;
        value[1] = 0x01;
        System.arraycopy(fingerprint, 0, value, 2, 8);
        System.arraycopy(payload, 0, value, 10, payload.length);
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k", value);
        assertThat(result.deadLetter().getReason()).isEqualTo(DeadLetterReason.UNKNOWN_SCHEMA);
    }

    @Property(tries = 40)
    void truncatedAvroIsADeadLetter(@ForAll @IntRange(min = 10, max = 2000) int keep) {
        RawPage page = RawPage.newBuilder().setUrl("https://avro.example/a").setContentType("text/html")
                .setBody(ByteBuffer.wrap(REAL_PAGES.get(0), 0, 3000)).build();
        byte[] whole = RecordCodec.of(RawPage.class).encode(page);
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k", Arrays.copyOf(whole, Math.min(keep, whole.length - 1)));
        assertThat(result.deadLetter().getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
    }

    @Property(tries = 60)
    void truncatedRealPagesInAnyDeclaredCharsetGiveOneResult(@ForAll("realPage") byte[] page,
            @ForAll @IntRange(min = 0, max = 100_000) int cut, @ForAll("contentType") String contentType) {
        byte[] truncated = Arrays.copyOf(page, Math.min(cut, page.length));
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k",
                IngestHarness.rawPage("https://trunc.example/" + cut, contentType, truncated));
        if (!result.isDeadLetter()) {
            assertThat(result.article().getUrl()).isEqualTo("https://trunc.example/" + cut);
        }
    }

    @Property(tries = 40)
    void randomBytesAsAPageBodyGiveOneResult(@ForAll @Size(max = 4000) byte[] body, @ForAll("contentType") String contentType) {
        ingest.pipeBetweenGoodPages("k", IngestHarness.rawPage("https://bytes.example/p", contentType, body));
    }

    @Property(tries = 40)
    void invalidUtf8DeclaredAsUtf8GivesOneResult(@ForAll("realPage") byte[] page, @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 99_999) Integer> at,
            @ForAll("invalidUtf8") byte[] bad) {
        byte[] body = page.clone();
        for (int i : at) {
            int pos = i % (body.length - bad.length);
            System.arraycopy(bad, 0, body, pos, bad.length);
        }
        ingest.pipeBetweenGoodPages("k", IngestHarness.rawPage("https://utf8.example/p", "text/html; charset=utf-8", body));
    }

    @Property(tries = 15)
    void deeplyNestedHtmlGivesOneResult(@ForAll @IntRange(min = 50, max = 20_000) int depth,
            @ForAll("nestingTag") String tag) {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        html.append(("<" + tag + ">").repeat(depth));
        html.append("<p>").append("A paragraph of article text at the bottom of a deep tree. ".repeat(20)).append("</p>");
        if (depth % 2 == 0) {
            html.append(("</" + tag + ">").repeat(depth)).append("</body></html>");
        }
        ingest.pipeBetweenGoodPages("k", IngestHarness.rawPage("https://deep.example/" + depth, "text/html",
                html.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 8)
    void hugeAttributeValuesGiveOneResult(@ForAll @IntRange(min = 10_000, max = 3_000_000) int length,
            @ForAll("attribute") String attribute) {
        String html = "<html><head><meta name=\"description\" content=\"" + "d".repeat(Math.min(length, 100_000))
                + "\"><title>T</title></head><body><article><h1>Headline</h1><p " + attribute + "=\"" + "x".repeat(length)
                + "\">" + "Some body text for the article. ".repeat(40) + "</p></article></body></html>";
        ingest.pipeBetweenGoodPages("k", IngestHarness.rawPage("https://attr.example/" + length, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 60)
    void rawPageJsonWithMissingOrMistypedFieldsGivesOneResultWithTheRightReason(@ForAll("urlValue") Object url,
            @ForAll("fieldValues") Map<String, Object> fields) {
        Map<String, Object> page = new LinkedHashMap<>(fields);
        if (url != Absent.VALUE) {
            page.put("url", url);
        }
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k", IngestHarness.json(page));
        if (url == Absent.VALUE || url == null) {
            assertThat(result.deadLetter().getReason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
        } else if (!(url instanceof String s) || s.isBlank()) {
            assertThat(result.deadLetter().getReason()).isEqualTo(DeadLetterReason.INVALID_FIELD);
        }
    }

    @Property(tries = 30)
    void emptyAndBlankBodiesGiveOneResult(@ForAll("blank") String body, @ForAll("contentType") String contentType,
            @ForAll boolean asBase64) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("url", "https://empty.example/p");
        page.put("contentType", contentType);
        page.put(asBase64 ? "bodyBase64" : "body", asBase64
                ? java.util.Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        ingest.pipeBetweenGoodPages("k", IngestHarness.json(page));
    }

    @Property(tries = 1)
    void pagesOverTheSizeCapAreOversizeDeadLetters(@ForAll @IntRange(min = 1, max = 100_000) int over) {
        byte[] body = new byte[(int) ExtractorSettings.DEFAULT_MAX_BODY_BYTES + over];
        Arrays.fill(body, (byte) 'a');
        IngestHarness.Result result = ingest.pipeBetweenGoodPages("k",
                IngestHarness.rawPage("https://big.example/" + over, "text/html", body));
        assertThat(result.deadLetter().getReason()).isEqualTo(DeadLetterReason.OVERSIZE);
        assertThat(result.deadLetter().getValueTruncated()).isTrue();
    }

    private static boolean isOneJsonValue(byte[] value) {
        try {
            JsonNode node = ONE_JSON_VALUE.readTree(value);
            return node != null && !node.isMissingNode();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsLikeJsonOrAvro(byte[] value) {
        String head = new String(value, 0, Math.min(value.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        return head.startsWith("{") || head.startsWith("\u00EF\u00BB\u00BF")
                || value.length >= 2 && (value[0] & 0xFF) == 0xC3 && value[1] == 0x01;
    }

    /** Marks a field left out of a generated JSON object (null means an explicit JSON null). */
    enum Absent { VALUE }

    @Provide
    Arbitrary<byte[]> realPage() {
        return Arbitraries.of(REAL_PAGES);
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {0});
    }

    @Provide
    Arbitrary<String> nestingTag() {
        return Arbitraries.of("div", "span", "table", "ul", "blockquote", "a", "b", "section", "font", "p", "li", "td");
    }

    @Provide
    Arbitrary<String> attribute() {
        return Arbitraries.of("class", "id", "style", "data-x", "href", "srcset");
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "\n\n", "\u00A0", "<html></html>", "<html><body></body></html>", "\uFEFF", "<", "<!--");
    }

    @Provide
    Arbitrary<Object> urlValue() {
        return Arbitraries.oneOf(Arbitraries.just(Absent.VALUE), Arbitraries.just(null), Arbitraries.of("", "  "),
                Arbitraries.integers().map(Object.class::cast), Arbitraries.just(List.of("https://a.example/")),
                Arbitraries.just(Map.of("href", "https://a.example/")), Arbitraries.just(true),
                Arbitraries.of("https://a.example/x", "not a url", "javascript:alert(1)", "http://[::1", "https://ü.example/ä?q=%zz"));
    }

    @Provide
    Arbitrary<Map<String, Object>> fieldValues() {
        Arbitrary<Object> anyValue = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(40).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast), Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(List.of(1, "two")), Arbitraries.just(Map.of("content-type", List.of("x"))),
                Arbitraries.of("2025-03-05T06:00:00Z", "yesterday", "<p>Body</p>", "%%%notbase64", "PGgxPkhpPC9oMT4=")
                        .map(Object.class::cast));
        Arbitrary<String> field = Arbitraries.of("fetchedAt", "contentType", "body", "bodyBase64", "headers", "source",
                "httpStatus", "takedown", "unknownField");
        return Combinators.combine(field.list().ofMaxSize(8), anyValue.list().ofSize(8)).as((names, values) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                map.put(names.get(i), values.get(i));
            }
            return map;
        });
    }
}
