package io.newsline.schemas.codec;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * The catalogue of newsline's record schemas: the current version of each (from the generated classes) and every
 * released version shipped in this jar, registered in one {@link SchemaStore} so that a reader decodes records
 * written with any released version. Thread-safe; initialised once.
 */
public final class NewslineSchemas {

    /** Every top-level record type newsline writes to a topic, by record name. */
    public static final Map<String, Supplier<Schema>> CURRENT = Map.of(
            "RawPage", RawPage::getClassSchema,
            "CleanArticle", CleanArticle::getClassSchema,
            "EnrichedArticle", EnrichedArticle::getClassSchema,
            "ArticleDecision", ArticleDecision::getClassSchema,
            "Story", Story::getClassSchema,
            "StoryEvent", StoryEvent::getClassSchema,
            "DeadLetter", DeadLetter::getClassSchema);

    private static final String RELEASED = "/io/newsline/schemas/released/";
    private static final SchemaStore.Cache STORE = new SchemaStore.Cache();
    private static final List<ReleasedSchema> RELEASED_SCHEMAS;

    static {
        trustGeneratedClasses();
        CURRENT.values().forEach(s -> STORE.addSchema(s.get()));
        RELEASED_SCHEMAS = Collections.unmodifiableList(loadReleased());
        RELEASED_SCHEMAS.forEach(r -> STORE.addSchema(r.schema()));
    }

    private NewslineSchemas() {}

    /** A schema version marked released in this jar. */
    public record ReleasedSchema(String recordName, int version, Schema schema) {}

    /** The store holding every current and released schema, by 64-bit Rabin fingerprint. */
    public static SchemaStore.Cache store() {
        return STORE;
    }

    /** The released versions shipped in this jar, oldest first per record. */
    public static List<ReleasedSchema> released() {
        return RELEASED_SCHEMAS;
    }

    /** The 64-bit Rabin fingerprint single-object encoding writes for a schema. */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /**
     * Avro 1.12 refuses to instantiate classes from packages it does not trust; the generated contract classes are
     * trusted here once, so that neither users nor tests need a system property.
     */
    private static void trustGeneratedClasses() {
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                previous, type -> type.getName().startsWith("io.newsline.schemas.")));
    }

    private static List<ReleasedSchema> loadReleased() {
        List<ReleasedSchema> out = new ArrayList<>();
        for (String line : DataFiles.lines(NewslineSchemas.class, RELEASED + "index.txt")) {
            String[] parts = line.strip().split("\\s+");
            String name = parts[0];
            int version = Integer.parseInt(parts[1]);
            String path = RELEASED + name + "/v" + version + ".avsc";
            try (InputStream in = DataFiles.open(NewslineSchemas.class, path)) {
                out.add(new ReleasedSchema(name, version, new Schema.Parser().parse(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + path, e);
            }
        }
        return out;
    }

    /** Forces initialisation (trusting the generated classes) before any record is decoded. */
    public static void init() {
        // the static initialiser does the work
    }

    static <T extends SpecificRecord> Schema currentSchema(Class<T> type) {
        Supplier<Schema> s = CURRENT.get(type.getSimpleName());
        if (s == null) {
            throw new IllegalArgumentException("not a newsline topic record: " + type.getName());
        }
        return s.get();
    }
}
