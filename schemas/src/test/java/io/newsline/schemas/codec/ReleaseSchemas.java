package io.newsline.schemas.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the current version of every contract released: writes each record's full schema to
 * {@code src/main/resources/io/newsline/schemas/released/<Name>/v<N>.avsc} and lists it in {@code index.txt}.
 * Run from the schemas module with the version as argument, once, when a contract version ships.
 */
public final class ReleaseSchemas {

    private ReleaseSchemas() {}

    public static void main(String[] args) throws IOException {
        int version = Integer.parseInt(args[0]);
        Path released = Path.of("src/main/resources/io/newsline/schemas/released");
        StringBuilder index = new StringBuilder(Files.readString(released.resolve("index.txt")));
        for (var entry : new java.util.TreeMap<>(NewslineSchemas.CURRENT).entrySet()) {
            Path file = released.resolve(entry.getKey()).resolve("v" + version + ".avsc");
            if (Files.exists(file)) {
                throw new IllegalStateException(file + " exists: a released version never changes");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue().get().toString(true) + "\n");
            index.append(entry.getKey()).append(' ').append(version).append('\n');
        }
        Files.writeString(released.resolve("index.txt"), index.toString());
    }
}
