package io.newsline.ingest.raw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.codec.DecodingException;
import io.newsline.schemas.codec.RecordCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a raw-page record: Avro {@link RawPage} (single-object encoding, starts with {@code C3 01}) or raw-page
 * JSON (starts with <code>{</code>, after optional whitespace or a UTF-8 BOM), told apart by the first bytes.
 * Bad input is an {@link Outcome.Failed} with its dead-letter reason, never an exception. Thread-safe.
 *
 * <p>Raw-page JSON, one object per record:
 * <pre>
 * {"url": "https://...",                 required
 *  "fetchedAt": "2025-03-05T06:00:00Z",  optional ISO-8601 instant (or epoch milliseconds)
 *  "contentType": "text/html; charset=utf-8",  optional; sniffed when absent
 *  "body": "...",  or  "bodyBase64": "...",    one of the two (neither only with takedown)
 *  "headers": {"content-type": "..."},   optional HTTP response headers
 *  "source": "my-crawler",               optional
 *  "httpStatus": 200,                    optional; 404/410 on a re-crawl means removed
 *  "takedown": false}                    optional; true removes the URL's article from its story
 * </pre>
 */
public final class RawPageDecoder {

    // One JSON value per record: tokens after the object ({...} xyz) are an error, not ignored.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final RecordCodec<RawPage> AVRO = RecordCodec.of(RawPage.class);

    private RawPageDecoder() {}

    public static Outcome<RawPage> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Outcome.failed(DeadLetterReason.UNDECODABLE, "empty raw-page record");
        }
        if (RecordCodec.isSingleObject(bytes)) {
            try {
                RawPage page = AVRO.decode(bytes);
                String problem = PageUrls.problem(page.getUrl());
                return problem == null ? Outcome.ok(page)
                        : new Outcome.Failed<>(DeadLetterReason.INVALID_FIELD, problem, null, null, null);
            } catch (DecodingException e) {
                return Outcome.failed(e.kind() == DecodingException.Kind.UNKNOWN_SCHEMA
                        ? DeadLetterReason.UNKNOWN_SCHEMA : DeadLetterReason.UNDECODABLE, e.getMessage(), e);
            }
        }
        if (looksLikeJson(bytes)) {
            return fromJson(bytes);
        }
        String otherJson = otherJsonValue(bytes);
        if (otherJson != null) {
            return Outcome.failed(DeadLetterReason.INVALID_JSON,
                    "expected one raw-page JSON object per record, got " + otherJson);
        }
        return Outcome.failed(DeadLetterReason.UNDECODABLE,
                "raw page is neither raw-page JSON (starts with '{') nor Avro single-object encoding (starts with C3 01)");
    }

    static boolean looksLikeJson(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /**
     * What a record that is one whole JSON value other than an object holds ("an array of 3 objects", "a string",
     * "null"), or null when it is no JSON at all.
     */
    static String otherJsonValue(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        if (i >= bytes.length || "[\"-0123456789tfn".indexOf(bytes[i]) < 0) {
            return null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes, i, bytes.length - i);
        } catch (java.io.IOException e) {
            return null;
        }
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            long objects = 0;
            for (JsonNode item : node) {
                objects += item.isObject() ? 1 : 0;
            }
            return node.isEmpty() ? "an empty array" : objects == node.size()
                    ? "an array of " + node.size() + (node.size() == 1 ? " object" : " objects")
                    : "an array of " + node.size() + (node.size() == 1 ? " value" : " values");
        }
        return node.isTextual() ? "a string" : node.isNumber() ? "a number (" + clip(node.asText()) + ")"
                : node.isBoolean() ? "the boolean " + node.asText() : node.isNull() ? "null" : node.getNodeType().toString();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Parses one raw-page JSON object (also what {@code newsline submit} reads from .jsonl files). */
    public static Outcome<RawPage> fromJson(byte[] bytes) {
        JsonNode node;
        try {
            int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
            node = MAPPER.readTree(bytes, offset, bytes.length - offset);
        } catch (MismatchedInputException e) {
            // FAIL_ON_TRAILING_TOKENS: something follows the object
            return Outcome.failed(DeadLetterReason.INVALID_JSON,
                    "raw-page JSON must be exactly one object per record: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            return Outcome.failed(DeadLetterReason.INVALID_JSON, "invalid raw-page JSON: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            return Outcome.failed(DeadLetterReason.INVALID_JSON, "invalid raw-page JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            return Outcome.failed(DeadLetterReason.INVALID_JSON, "expected one raw-page JSON object per record, got "
                    + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode url = node.get("url");
        if (url == null || url.isNull()) {
            return Outcome.failed(DeadLetterReason.MISSING_FIELD, "raw-page JSON has no \"url\"");
        }
        if (!url.isTextual() || url.asText().isBlank()) {
            return Outcome.failed(DeadLetterReason.INVALID_FIELD, "\"url\" must be a non-empty string");
        }
        String urlProblem = PageUrls.problem(url.asText().strip());
        if (urlProblem != null) {
            return Outcome.failed(DeadLetterReason.INVALID_FIELD, urlProblem);
        }
        RawPage.Builder page = RawPage.newBuilder().setUrl(url.asText().strip());
        String failure = null;
        try {
            page.setFetchedAt(instant(node.get("fetchedAt")));
            page.setContentType(text(node, "contentType"));
            page.setSource(text(node, "source"));
            JsonNode status = node.get("httpStatus");
            if (status != null && !status.isNull()) {
                if (!status.canConvertToInt() || !status.isIntegralNumber()) {
                    throw new IllegalArgumentException("\"httpStatus\" must be an integer");
                }
                page.setHttpStatus(status.intValue());
            }
            JsonNode takedown = node.get("takedown");
            if (takedown != null && !takedown.isNull()) {
                if (!takedown.isBoolean()) {
                    throw new IllegalArgumentException("\"takedown\" must be true or false");
                }
                page.setTakedown(takedown.booleanValue());
            }
            page.setHeaders(headers(node.get("headers")));
        } catch (IllegalArgumentException e) {
            failure = e.getMessage();
        }
        if (failure != null) {
            return new Outcome.Failed<>(DeadLetterReason.INVALID_FIELD, failure, null, null, url.asText());
        }
        JsonNode body = node.get("body");
        JsonNode base64 = node.get("bodyBase64");
        byte[] content;
        if (body != null && !body.isNull()) {
            if (!body.isTextual()) {
                return new Outcome.Failed<>(DeadLetterReason.INVALID_FIELD, "\"body\" must be a string", null, null, url.asText());
            }
            content = body.asText().getBytes(StandardCharsets.UTF_8);
            // A JSON string is Unicode text: whatever charset the page declared, its bytes are now UTF-8.
            page.setContentType(withUtf8(page.getContentType(), body.asText()));
        } else if (base64 != null && !base64.isNull()) {
            if (!base64.isTextual()) {
                return new Outcome.Failed<>(DeadLetterReason.INVALID_FIELD, "\"bodyBase64\" must be a string of base64",
                        null, null, url.asText());
            }
            try {
                content = Base64.getDecoder().decode(base64.asText());
            } catch (IllegalArgumentException e) {
                return new Outcome.Failed<>(DeadLetterReason.INVALID_FIELD, "\"bodyBase64\" is not valid base64", e, null, url.asText());
            }
        } else if (Boolean.TRUE.equals(page.getTakedown()) || isGone(page.getHttpStatus())) {
            content = new byte[0];
        } else {
            return new Outcome.Failed<>(DeadLetterReason.MISSING_FIELD, "raw-page JSON has neither \"body\" nor \"bodyBase64\"",
                    null, null, url.asText());
        }
        page.setBody(ByteBuffer.wrap(content));
        return Outcome.ok(page.build());
    }

    /** The content type with its charset set to UTF-8; sniffed (HTML or plain text) when none was given. */
    static String withUtf8(String contentType, String body) {
        String type = contentType == null ? null : contentType.split(";", 2)[0].strip();
        if (type == null || type.isEmpty()) {
            type = body.stripLeading().startsWith("<") ? "text/html" : "text/plain";
        }
        return type + "; charset=utf-8";
    }

    static boolean isGone(Integer status) {
        return status != null && (status == 404 || status == 410);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.longValue());
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"fetchedAt\" must be an ISO-8601 instant");
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"fetchedAt\" is not an ISO-8601 date-time with offset: " + value.asText());
        }
    }

    private static Map<String, String> headers(JsonNode value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException("\"headers\" must be an object of strings");
        }
        value.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new IllegalArgumentException("header \"" + e.getKey() + "\" must be a string");
            }
            out.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue().asText());
        });
        return out;
    }
}
