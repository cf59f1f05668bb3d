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
        assertThat(ok("{\"url\": \"u\", \"contentType\": \"text/html; charset=windows-1252\", \"body\": \"x\"}")
                .getContentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(ok("{\"url\": \"u\", \"body\": \"  <html></html>\"}").getContentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(ok("{\"url\": \"u\", \"body\": \"plain words\"}").getContentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void base64BodiesKeepTheirBytesAndTheirDeclaredCharset() {
        RawPage page = ok("{\"url\": \"u\", \"contentType\": \"text/html; charset=iso-8859-1\", \"bodyBase64\": \"6Q==\"}");
        assertThat(page.getBody().get(0)).isEqualTo((byte) 0xE9);
        assertThat(page.getContentType()).isEqualTo("text/html; charset=iso-8859-1");
    }

    @Test
    void takedownsAndGonePagesNeedNoBody() {
        assertThat(ok("{\"url\": \"u\", \"takedown\": true}").getTakedown()).isTrue();
        assertThat(ok("{\"url\": \"u\", \"httpStatus\": 410}").getBody().remaining()).isZero();
    }

    @Test
    void eachKindOfBadInputHasItsReason() {
        assertThat(reason("{\"url\": \"u\"")).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(reason("{\"body\": \"x\"}")).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(reason("{\"url\": \"u\"}")).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(reason("{\"url\": 7, \"body\": \"x\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"u\", \"body\": \"x\", \"fetchedAt\": \"yesterday\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"u\", \"bodyBase64\": \"***\"}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("{\"url\": \"u\", \"body\": \"x\", \"headers\": [1]}")).isEqualTo(DeadLetterReason.INVALID_FIELD);
        assertThat(reason("[1, 2]")).isEqualTo(DeadLetterReason.UNDECODABLE);
        assertThat(RawPageDecoder.decode(new byte[0])).isInstanceOf(Outcome.Failed.class);
    }
}
