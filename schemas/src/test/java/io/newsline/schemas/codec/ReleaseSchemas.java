package io.newsline.schemas.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Releases every contract whose current schema is not released yet: writes its full schema to
 * {@code src/main/resources/io/newsline/schemas/released/<Name>/v<N>.avsc}, N one past its latest released version,
 * and lists it in {@code index.txt}. Records whose current schema is already released are left alone. Run from the
 * schemas module (after a clean build, so the generated classes match the .avsc files) when a contract change ships;
 * the build refuses writers whose schema is not released ({@code RecordCodecTest}).
 */
public final class ReleaseSchemas {

    private ReleaseSchemas() {}

    public static void main(String[] args) throws IOException {
        Path released = Path.of("src/main/resources/io/newsline/schemas/released");
        StringBuilder index = new StringBuilder(Files.readString(released.resolve("index.txt")));
        Map<String, Integer> latest = new TreeMap<>();
        NewslineSchemas.released().forEach(r -> latest.merge(r.recordName(), r.version(), Math::max));
        for (var entry : new TreeMap<>(NewslineSchemas.CURRENT).entrySet()) {
            long fingerprint = NewslineSchemas.fingerprint(entry.getValue().get());
            boolean isReleased = NewslineSchemas.released().stream()
                    .anyMatch(r -> NewslineSchemas.fingerprint(r.schema()) == fingerprint);
            if (isReleased) {
                continue;
            }
            int version = latest.getOrDefault(entry.getKey(), 0) + 1;
            Path file = released.resolve(entry.getKey()).resolve("v" + version + ".avsc");
            if (Files.exists(file)) {
                throw new IllegalStateException(file + " exists: a released version never changes");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue().get().toString(true) + "\n");
            index.append(entry.getKey()).append(' ').append(version).append('\n');
            System.out.println("released " + entry.getKey() + " v" + version);
        }
        Files.writeString(released.resolve("index.txt"), index.toString());
    }
}
