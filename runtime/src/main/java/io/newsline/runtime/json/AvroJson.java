package io.newsline.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

/**
 * Renders newsline's Avro records as plain JSON for people and non-Avro consumers ({@code newsline tail},
 * {@code extract}, {@code enrich}, {@code demo --output jsonl}): field names as in the schema, unions as their value
 * (not Avro's tagged JSON), enum symbols lower-case with hyphens ({@code NOT_ARTICLE} -> {@code not-article}),
 * timestamps as ISO-8601 instants, bytes as base64. Thread-safe.
 */
public final class AvroJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Resolves union branches of generated classes, including java.time values of logical types. */
    private static final GenericData MODEL = model();

    private static GenericData model() {
        GenericData model = new org.apache.avro.specific.SpecificData();
        model.addLogicalTypeConversion(new org.apache.avro.data.TimeConversions.TimestampMillisConversion());
        return model;
    }

    private AvroJson() {}

    public static ObjectNode toJson(IndexedRecord record) {
        return (ObjectNode) toNode(record, record.getSchema());
    }

    public static String toJsonLine(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An enum symbol as JSON shows it: lower case, underscores as hyphens. */
    public static String symbol(Enum<?> value) {
        return symbol(value.name());
    }

    public static String symbol(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static JsonNode toNode(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case UNION: {
                int branch = MODEL.resolveUnion(schema, value);
                return toNode(value, schema.getTypes().get(branch));
            }
            case RECORD: {
                IndexedRecord record = (IndexedRecord) value;
                ObjectNode node = NODES.objectNode();
                for (Schema.Field f : schema.getFields()) {
                    node.set(f.name(), toNode(record.get(f.pos()), f.schema()));
                }
                return node;
            }
            case ARRAY: {
                ArrayNode node = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    node.add(toNode(item, schema.getElementType()));
                }
                return node;
            }
            case MAP: {
                ObjectNode node = NODES.objectNode();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    node.set(e.getKey().toString(), toNode(e.getValue(), schema.getValueType()));
                }
                return node;
            }
            case ENUM:
                return NODES.textNode(symbol(value.toString()));
            case STRING:
                return NODES.textNode(value.toString());
            case BYTES: {
                ByteBuffer buffer = ((ByteBuffer) value).duplicate();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
            }
            case INT:
                return NODES.numberNode(((Number) value).intValue());
            case LONG: {
                LogicalType logical = schema.getLogicalType();
                if (value instanceof Instant instant) {
                    return NODES.textNode(instant.toString());
                }
                if (logical instanceof LogicalTypes.TimestampMillis) {
                    return NODES.textNode(Instant.ofEpochMilli(((Number) value).longValue()).toString());
                }
                return NODES.numberNode(((Number) value).longValue());
            }
            case FLOAT:
            case DOUBLE:
                return NODES.numberNode(((Number) value).doubleValue());
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            default:
                return NODES.textNode(value.toString());
        }
    }
}
