package io.newsline.ingest.raw;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawPageDecoderTest {

    static Outcome<RawPage> decode(String json) {
        return RawPageDecoder.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    static RawPage ok(String json) {
        Outcome<RawPage> outcome = decode(json);
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<RawPage>) outcome).value();
    }

    static DeadLetterReason reason(String json) {
        Outcome<RawPage> outcome = decode(json);
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<RawPage>) outcome).reason();
    }

    @Test
    void readsEveryFieldOfTheDocumentedFormat() {
        RawPage page = ok("\uFEFF  {\"url\": \" https://x.example/a \", \"fetchedAt\": \"2025-03-05T06:00:00+01:00\","
                + " \"contentType\": \"text/html\", \"body\": \"<p>é</p>\", \"headers\": {\"Content-Language\": \"fr\"},"
                + " \"source\": \"crawler-1\", \"httpStatus\": 200}");
        assertThat(page.getUrl()).isEqualTo("https://x.example/a");
        assertThat(page.getFetchedAt()).isEqualTo(Instant.parse("2025-03-05T05:00:00Z"));
        assertThat(page.getHeaders()).containsEntry("content-language", "fr");
        assertThat(page.getSource()).isEqualTo("crawler-1");
        assertThat(page.getHttpStatus()).isEqualTo(200);
        assertThat(StandardCharsets.UTF_8.decode(page.getBody()).toString()).isEqualTo("<p>é</p>");
    }

    @Test
    void aJsonStringBodyIsDeclaredUtf8WhateverThePageSaid() {
        assertThat(ok("{\"url\": \"https://x.example/u\", \"contentType\": \"text/html; charset=windows-1252\", \"body\": \"x\"}")
                .getContentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(ok("{\"url\": \"https://x.example/u\", \"body\": \"  <html></html>\"}").getContentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(ok("{\"url\": \"https://x.example/u\", \"body\": \"plain words\"}").getContentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void base64BodiesKeepTheirBytesAndTheirDeclaredCharset() {
        RawPage page = ok("{\"url\": \"https://x.example/u\", \"contentType\": \"text/html; charset=iso-8859-1\", \"bodyBase64\": \"6Q==\"}");
        assertThat(page.getBody().get(0)).isEqualTo((byte) 0xE9);
        assertThat(page.getContentType()).isEqualTo("text/html; charset=iso-8859-1");
    }

    @Test
    void takedownsAndGonePagesNeedNoBody() {
        assertThat(ok("{\"url\": \"https://x.example/u\", \"takedown\": true}").getTakedown()).isTrue();
        assertThat(ok("{\"url\": \"https://x.example/u\", \"httpStatus\": 410}").getBody().remaining()).isZero();
    }

    @Test
    void eachKindOfBadInputHasItsReason() {
        assertThat(reason("{\"url\": \"https://x.example/u\"")).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(reason("{\"body\": \"x\"}")).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(reason("{\"url\": \"https://x.example/u\"}")).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(reason("{\"url\": 7, \"body\": \"x\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"https://x.example/u\", \"body\": \"x\", \"fetchedAt\": \"yesterday\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"https://x.example/u\", \"bodyBase64\": \"***\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"https://x.example/u\", \"body\": \"x\", \"headers\": [1]}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("[1, 2]")).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(RawPageDecoder.decode(new byte[0])).isInstanceOf(Outcome.Failed.class);
    }

    static String message(String json) {
        Outcome<RawPage> outcome = decode(json);
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<RawPage>) outcome).message();
    }

    @Test
    void tokensAfterTheObjectMakeTheRecordInvalidJson() {
        String page = "{\"url\": \"https://x.example/a\", \"body\": \"<p>x</p>\"}";
        assertThat(reason(page + " xyz")).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(reason(page + page)).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(message(page + " 1")).contains("exactly one object per record");
        assertThat(ok(page + " \n\t ").getUrl()).isEqualTo("https://x.example/a");
    }

    @Test
    void aJsonValueThatIsNoObjectIsNamedInTheMessage() {
        assertThat(message("[{\"url\": \"https://x.example/a\"}, {\"url\": \"https://x.example/b\"}]"))
                .isEqualTo("expected one raw-page JSON object per record, got an array of 2 objects");
        assertThat(message("[]")).endsWith("got an empty array");
        assertThat(message("\"https://x.example/a\"")).endsWith("got a string");
        assertThat(message("42")).endsWith("got a number (42)");
        assertThat(message(" true")).endsWith("got the boolean true");
        assertThat(message("null")).endsWith("got null");
        for (String json : new String[] {"[]", "\"s\"", "42", "true", "false", "null", "-1.5"}) {
            assertThat(reason(json)).as(json).isEqualTo(DeadLetterReason.INVALID_JSON);
        }
        assertThat(reason("nothing like json")).isEqualTo(DeadLetterReason.UNDECODABLE);
    }

    @Test
    void urlsThatAreNoPageAddressesAreInvalidFieldsSayingWhatIsWrong() {
        String[][] cases = {
            {"javascript:alert(1)", "scheme \\\"javascript\\\""},
            {"www.example.com/story", "no scheme"},
            {"gopher://example.com/story", "scheme \\\"gopher\\\""},
            {"https://example.com:99999/story", "port 99999"},
            {"https://example.com:0/story", "port 0"},
            {"http://[::1/story", "not a valid URL"},
            {"https://example.com/a%zzb", "not a valid URL"},
            {"https://example.com/a b", "space character"},
            {"https://example.com/a\\u0007b", "control character U+0007"},
            {"https://example.com/a\\u202Eb", "format character U+202E"},
            {"https:///story", "no host"},
            {"https://exa$mple.com/story", "invalid host"},
            {"https://example.com/" + "a".repeat(100_000), "100020 characters"},
        };
        for (String[] c : cases) {
            String json = "{\"url\": \"" + c[0] + "\", \"body\": \"<p>x</p>\"}";
            assertThat(reason(json)).as(c[0]).isEqualTo(DeadLetterReason.INVALID_FIELD);
            assertThat(message(json)).as(c[0]).contains(c[1].replace("\\\"", "\""));
        }
    }

    @Test
    void realPageAddressesStayAcceptable() {
        for (String url : new String[] {"https://example.com", "http://example.com:8080/a?b=c&d=%20e#f",
                "https://news.example.co.uk/2025/03/05/story-123.html", "https://my_host.example.com/a",
                "https://[2001:db8::1]/a", "https://xn--bcher-kva.example/a", "file:/tmp/page.html",
                "https://bücher.example/straße"}) {
            assertThat(PageUrls.problem(url)).as(url).isNull();
        }
    }
}
