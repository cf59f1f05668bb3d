package io.newsline.runtime.dlq;

import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterHeader;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Makes {@link DeadLetter} records for one app: stage, reason class, message, where the record came from, its key,
 * headers and value (truncated above a cap, with the whole value's length and SHA-256). Thread-safe.
 *
 * <p>Config: {@code app.dlq.max.value.bytes} (default 1 MiB) caps the value kept.
 */
public final class DeadLetters {

    private final String app;
    private final String appVersion;
    private final Stage stage;
    private final int maxValueBytes;
    private final Clock clock;

    public DeadLetters(String app, String appVersion, Stage stage, int maxValueBytes, Clock clock) {
        this.app = app;
        this.appVersion = appVersion;
        this.stage = stage;
        this.maxValueBytes = maxValueBytes;
        this.clock = clock;
    }

    public Stage stage() {
        return stage;
    }

    /** Where a refused record came from. Partition and offset are -1 when unknown. */
    public record Origin(String topic, int partition, long offset, byte[] key, Headers headers) {}

    public DeadLetter create(DeadLetterReason reason, String message, Throwable error, Origin origin, byte[] value,
                             String articleId, String url) {
        DeadLetter.Builder b = DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setMessage(message == null ? reason.name() : message)
                .setExceptionClass(error == null ? null : error.getClass().getName())
                .setApp(app)
                .setAppVersion(appVersion)
                .setOccurredAt(clock.instant())
                .setArticleId(articleId)
                .setUrl(url);
        if (origin != null) {
            b.setSourceTopic(origin.topic())
                    .setSourcePartition(origin.partition())
                    .setSourceOffset(origin.offset())
                    .setOriginalKey(origin.key() == null ? null : ByteBuffer.wrap(origin.key()))
                    .setOriginalHeaders(headers(origin.headers()));
        }
        if (value != null) {
            boolean truncated = value.length > maxValueBytes;
            b.setOriginalValue(ByteBuffer.wrap(value, 0, truncated ? maxValueBytes : value.length).slice())
                    .setOriginalValueLength(value.length)
                    .setOriginalValueSha256(sha256(value))
                    .setValueTruncated(truncated);
        }
        return b.build();
    }

    private static List<DeadLetterHeader> headers(Headers headers) {
        List<DeadLetterHeader> out = new ArrayList<>();
        if (headers != null) {
            for (Header h : headers) {
                out.add(new DeadLetterHeader(h.key(), h.value() == null ? null : ByteBuffer.wrap(h.value())));
            }
        }
        return out;
    }

    public static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key a dead letter is written with: the original key, or the reason when there was none. */
    public static String keyOf(byte[] originalKey, DeadLetterReason reason) {
        return originalKey == null ? reason.name() : new String(originalKey, StandardCharsets.UTF_8);
    }
}
