package io.newsline.runtime.topics;

import io.newsline.schemas.codec.RecordCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a newsline contract: Avro single-object encoding through {@link RecordCodec}, so a reader
 * resolves any released writer schema from the schema store and needs no registry service. Thread-safe.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final RecordCodec<T> codec;

    public AvroSerde(Class<T> type) {
        this.codec = RecordCodec.of(type);
    }

    public RecordCodec<T> codec() {
        return codec;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : codec.encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return codec.decode(bytes);
            } catch (RuntimeException e) {
                throw new SerializationException(e.getMessage(), e);
            }
        };
    }
}
