package io.newsline.schemas.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.schemas.BlockKind;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.TextBlock;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    private final RecordCodec<CleanArticle> codec = RecordCodec.of(CleanArticle.class);

    static CleanArticle article() {
        return CleanArticle.newBuilder()
                .setArticleId("0123456789abcdef0123456789abcdef")
                .setUrl("https://example.org/a")
                .setTitle("Putin hails Myanmar ties")
                .setAuthors(List.of("Faizan Hashmi"))
                .setPublishedAt(Instant.parse("2025-03-04T19:50:00Z"))
                .setPageType(PageType.ARTICLE)
                .setBlocks(List.of(new TextBlock(BlockKind.PARAGRAPH, "First."), new TextBlock(BlockKind.PARAGRAPH, "Second.")))
                .setText("First.\n\nSecond.")
                .setFetchedAt(Instant.parse("2025-03-05T06:00:00Z"))
                .setLineage(new ExtractionLineage("test", "html", null, null, java.util.List.of()))
                .build();
    }

    @Test
    void roundTripsARecordWithSingleObjectEncoding() {
        byte[] bytes = codec.encode(article());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(codec.decode(bytes)).isEqualTo(article());
    }

    @Test
    void unknownFingerprintIsAClearError() {
        byte[] bytes = codec.encode(article());
        bytes[5] ^= 0x5A; // corrupt the fingerprint
        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("unknown Avro schema fingerprint")
                .extracting(e -> ((DecodingException) e).kind())
                .isEqualTo(DecodingException.Kind.UNKNOWN_SCHEMA);
    }

    @Test
    void bytesThatAreNotAvroAreRefused() {
        assertThatThrownBy(() -> codec.decode("{\"url\":1}".getBytes()))
                .extracting(e -> ((DecodingException) e).kind())
                .isEqualTo(DecodingException.Kind.NOT_AVRO);
    }

    @Test
    void truncatedBodyIsCorrupt() {
        byte[] bytes = codec.encode(article());
        byte[] cut = java.util.Arrays.copyOf(bytes, 14);
        assertThatThrownBy(() -> codec.decode(cut))
                .extracting(e -> ((DecodingException) e).kind())
                .isEqualTo(DecodingException.Kind.CORRUPT);
    }

    /** An older CleanArticle without the fields added later (removed, httpStatus, source). */
    static Schema olderCleanArticle() {
        Schema current = CleanArticle.getClassSchema();
        List<Schema.Field> fields = current.getFields().stream()
                .filter(f -> !List.of("removed", "httpStatus", "crawler").contains(f.name()))
                .map(f -> new Schema.Field(f, f.schema()))
                .toList();
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    @Test
    void newReaderDecodesRecordsOfAnOlderWriterOnceItsSchemaIsInTheStore() throws Exception {
        Schema old = olderCleanArticle();
        GenericRecord written = asOlderRecord(article(), old);
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(withLogicalTypes(), old).encode(written).array();

        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(DecodingException.class);
        NewslineSchemas.store().addSchema(old); // what marking a version released does
        CleanArticle read = codec.decode(bytes);
        assertThat(read.getTitle()).isEqualTo("Putin hails Myanmar ties");
        assertThat(read.getRemoved()).isFalse(); // default of the field the old writer lacked
        assertThat(read.getCrawler()).isNull();
    }

    @Test
    void oldReaderDecodesNewRecordsIgnoringFieldsItDoesNotKnow() throws Exception {
        Schema old = olderCleanArticle();
        SchemaStore.Cache oldReadersStore = new SchemaStore.Cache();
        oldReadersStore.addSchema(CleanArticle.getClassSchema());
        BinaryMessageDecoder<GenericRecord> oldReader = new BinaryMessageDecoder<>(withLogicalTypes(), old, oldReadersStore);
        CleanArticle current = article();
        current.setRemoved(true);
        GenericRecord read = oldReader.decode(codec.encode(current), null);
        assertThat(read.get("title").toString()).isEqualTo("Putin hails Myanmar ties");
        assertThat(read.getSchema().getField("removed")).isNull();
    }

    @Test
    void compatibilityCheckFindsABreakingChangeInBothDirections() {
        Schema v1 = SchemaBuilder.record("R").fields().requiredString("a").endRecord();
        Schema addedWithDefault = SchemaBuilder.record("R").fields().requiredString("a")
                .name("b").type().intType().intDefault(0).endRecord();
        Schema addedWithoutDefault = SchemaBuilder.record("R").fields().requiredString("a")
                .requiredInt("b").endRecord();
        Schema typeChanged = SchemaBuilder.record("R").fields().requiredInt("a").endRecord();
        assertThat(CompatibilityCheck.problems(v1, addedWithDefault)).isEmpty();
        assertThat(CompatibilityCheck.problems(v1, addedWithoutDefault)).hasSize(1)
                .first().asString().contains("current reader cannot read");
        assertThat(CompatibilityCheck.problems(v1, typeChanged)).hasSize(2);
    }

    @Test
    void everyReleasedSchemaStaysCompatibleWithTheCurrentOne() {
        assertThat(CompatibilityCheck.checkAllReleased()).isEmpty();
    }

    /**
     * What the apps write must be a released contract: a consumer holding only the released schemas must find every
     * writer fingerprint. A change to a contract therefore comes with its release (ReleaseSchemas).
     */
    @Test
    void everyCurrentSchemaIsReleased() {
        java.util.Set<Long> released = new java.util.HashSet<>();
        NewslineSchemas.released().forEach(r -> released.add(NewslineSchemas.fingerprint(r.schema())));
        NewslineSchemas.CURRENT.forEach((name, schema) -> assertThat(released)
                .as("%s as written now is not a released version", name)
                .contains(NewslineSchemas.fingerprint(schema.get())));
    }

    private static GenericData withLogicalTypes() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new org.apache.avro.data.TimeConversions.TimestampMillisConversion());
        return model;
    }

    /** The record as a writer of the older schema would have made it: Avro resolution drops the newer fields. */
    private static GenericRecord asOlderRecord(CleanArticle record, Schema old) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.specific.SpecificDatumWriter<CleanArticle>(CleanArticle.getClassSchema()).write(record, encoder);
        encoder.flush();
        var decoder = org.apache.avro.io.DecoderFactory.get().binaryDecoder(out.toByteArray(), null);
        return new org.apache.avro.generic.GenericDatumReader<GenericRecord>(CleanArticle.getClassSchema(), old, withLogicalTypes())
                .read(null, decoder);
    }
}
