package io.newsline.schemas.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes and decodes one newsline record type with Avro single-object encoding: the two marker bytes
 * {@code C3 01}, the writer schema's 8-byte little-endian Rabin fingerprint, then the Avro binary body. Decoding
 * resolves the writer schema through {@link NewslineSchemas#store()}, so records written with any released version
 * are read into the current class. Thread-safe.
 *
 * @param <T> the generated record class
 */
public final class RecordCodec<T extends SpecificRecord> {

    /** The two marker bytes every single-object-encoded record starts with. */
    public static final byte[] MAGIC = {(byte) 0xC3, (byte) 0x01};

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private RecordCodec(Class<T> type) {
        NewslineSchemas.init();
        this.type = type;
        Schema schema = NewslineSchemas.currentSchema(type);
        SpecificData model = SpecificData.getForSchema(schema);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, NewslineSchemas.store());
    }

    public static <T extends SpecificRecord> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    public Class<T> type() {
        return type;
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
        }
    }

    /**
     * @throws DecodingException with {@link DecodingException.Kind#UNKNOWN_SCHEMA} when the fingerprint names no
     *     schema in the store, {@link DecodingException.Kind#NOT_AVRO} when the bytes do not start with the
     *     single-object marker, {@link DecodingException.Kind#CORRUPT} when the body does not match its schema
     */
    public T decode(byte[] bytes) {
        if (!isSingleObject(bytes)) {
            throw new DecodingException(DecodingException.Kind.NOT_AVRO,
                    "not Avro single-object encoding (expected marker C3 01)");
        }
        try {
            return decoder.decode(bytes);
        } catch (MissingSchemaException e) {
            throw new DecodingException(DecodingException.Kind.UNKNOWN_SCHEMA,
                    "unknown Avro schema fingerprint " + fingerprintHex(bytes) + " for " + type.getSimpleName()
                            + ": written with a schema this reader does not know", e);
        } catch (BadHeaderException e) {
            throw new DecodingException(DecodingException.Kind.NOT_AVRO, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DecodingException(DecodingException.Kind.CORRUPT,
                    "corrupt " + type.getSimpleName() + " record: " + e, e);
        }
    }

    /** True when the bytes start with the single-object encoding marker and hold a fingerprint. */
    public static boolean isSingleObject(byte[] bytes) {
        return bytes != null && bytes.length >= 10 && bytes[0] == MAGIC[0] && bytes[1] == MAGIC[1];
    }

    private static String fingerprintHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 9; i >= 2; i--) {
            sb.append(String.format("%02x", bytes[i]));
        }
        return sb.toString();
    }
}
