package io.newsline.publish.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One article in a {@link BandIndex}: its event time, its full id and its fingerprint bytes, as the fingerprint
 * store holds them (see {@link #encode}).
 *
 * @param eventTime        when the article was indexed, by event time (epoch milliseconds)
 * @param articleId        the article's id
 * @param fingerprintBytes {@link Fingerprint#toBytes()} of the article
 */
public record IndexedFingerprint(long eventTime, String articleId, byte[] fingerprintBytes) {

    /** @return the fingerprint, decoded from its bytes (each call decodes again) */
    public Fingerprint fingerprint() {
        return Fingerprint.fromBytes(fingerprintBytes);
    }

    /** @return event time (8 bytes), id length (2 bytes), the id in UTF-8, then the fingerprint bytes */
    static byte[] encode(long eventTime, String articleId, byte[] fingerprint) {
        byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Long.BYTES + Short.BYTES + id.length + fingerprint.length)
                .putLong(eventTime).putShort((short) id.length).put(id).put(fingerprint).array();
    }

    /** @return the event time of an {@link #encode}d value, without decoding the rest */
    static long eventTime(byte[] stored) {
        return ByteBuffer.wrap(stored).getLong();
    }

    /** Reads {@link #encode}; null for null. */
    static IndexedFingerprint decode(byte[] stored) {
        if (stored == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        long time = in.getLong();
        byte[] id = new byte[in.getShort()];
        in.get(id);
        byte[] fingerprint = new byte[in.remaining()];
        in.get(fingerprint);
        return new IndexedFingerprint(time, new String(id, StandardCharsets.UTF_8), fingerprint);
    }
}
