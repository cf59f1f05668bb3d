package io.newsline.schemas.codec;

/** A record's bytes could not be decoded; {@link #kind()} says why, for the dead-letter reason. */
public final class DecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why decoding failed. */
    public enum Kind {
        /** The bytes are not Avro single-object encoded. */
        NOT_AVRO,
        /** The writer schema's fingerprint is not in the schema store. */
        UNKNOWN_SCHEMA,
        /** The body does not decode with its writer schema. */
        CORRUPT
    }

    private final Kind kind;

    public DecodingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DecodingException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
