package io.newsline.schemas.codec;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Checks that a schema change keeps every released version readable both ways: the current reader decodes records
 * written with the released schema (backward) and a reader of the released schema decodes current records
 * (forward). The build runs it over every released version; a failure names each incompatibility.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {}

    /** @return human-readable incompatibilities; empty when compatible in both directions */
    public static List<String> problems(Schema released, Schema current) {
        List<String> out = new ArrayList<>();
        describe("current reader cannot read records written with the released schema",
                SchemaCompatibility.checkReaderWriterCompatibility(current, released), out);
        describe("a reader of the released schema cannot read current records",
                SchemaCompatibility.checkReaderWriterCompatibility(released, current), out);
        return out;
    }

    /** Checks every released version shipped in this jar against the current schema of its record. */
    public static List<String> checkAllReleased() {
        List<String> out = new ArrayList<>();
        for (NewslineSchemas.ReleasedSchema r : NewslineSchemas.released()) {
            var current = NewslineSchemas.CURRENT.get(r.recordName());
            if (current == null) {
                out.add(r.recordName() + " v" + r.version() + ": released but no longer a current record");
                continue;
            }
            for (String p : problems(r.schema(), current.get())) {
                out.add(r.recordName() + " v" + r.version() + ": " + p);
            }
        }
        return out;
    }

    private static void describe(String what, SchemaCompatibility.SchemaPairCompatibility pair, List<String> out) {
        if (pair.getType() != SchemaCompatibilityType.COMPATIBLE) {
            for (var incompatibility : pair.getResult().getIncompatibilities()) {
                out.add(what + ": " + incompatibility.getType() + " at " + incompatibility.getLocation() + " ("
                        + incompatibility.getMessage() + ")");
            }
        }
    }
}
