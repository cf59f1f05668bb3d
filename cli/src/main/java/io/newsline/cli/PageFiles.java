package io.newsline.cli;

import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.RawPage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs of {@code submit}, {@code extract}, {@code enrich} and {@code demo}: {@code .html}, {@code .htm}
 * and {@code .txt} files (optionally {@code .gz}), folders (recursively, in name order) and {@code .jsonl} files of
 * raw-page JSON. A page file's URL is {@code file:} plus its path unless the file starts with a {@code url:} header
 * line (as crawl dumps do), which is then removed with a following {@code label:} line.
 */
public final class PageFiles {

    /** One input: where it came from (path, or path:line for JSON lines) and the page or why it is unreadable. */
    public record Input(String source, Outcome<RawPage> page, String rawLine) {}

    private PageFiles() {}

    public static List<Path> expand(List<Path> paths) {
        return expand(paths, IllegalArgumentException::new);
    }

    /**
     * The page files the paths name, folders walked; a path that does not exist, cannot be read, or is a folder
     * without page files is a mistake, thrown as {@code mistake} makes it (a command line's usage error).
     */
    public static <E extends RuntimeException> List<Path> expand(List<Path> paths, Function<String, E> mistake) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(PageFiles::isInput).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw mistake.apply("cannot read folder " + p + ": " + e.getMessage());
                }
                if (files.size() == before) {
                    throw mistake.apply("no page files (.html, .htm, .txt, .jsonl, optionally .gz) in folder " + p);
                }
            } else if (Files.isRegularFile(p)) {
                if (!Files.isReadable(p)) {
                    throw mistake.apply("cannot read " + p);
                }
                files.add(p);
            } else {
                throw mistake.apply("no such file or folder: " + p);
            }
        }
        return files;
    }

    static boolean isInput(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    /** Reads every input of the paths, calling the consumer once per page (or per unreadable JSON line). */
    public static void read(List<Path> paths, Consumer<Input> consumer) {
        for (Path file : expand(paths)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            try {
                if (plain.endsWith(".jsonl")) {
                    readJsonLines(file, consumer);
                } else {
                    consumer.accept(new Input(file.toString(), Outcome.ok(pageFile(file, plain)), null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /** The file's bytes, decompressed when its name ends in {@code .gz}. */
    public static byte[] bytes(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    static RawPage pageFile(Path file, String plainName) throws IOException {
        byte[] body = bytes(file);
        String url = file.toAbsolutePath().toUri().toString();
        boolean text = plainName.endsWith(".txt");
        if (text) {
            String s = new String(body, StandardCharsets.UTF_8);
            if (s.startsWith("url: ")) {
                String[] lines = s.split("\n", 3);
                url = lines[0].substring(5).strip();
                int skip = lines.length > 1 && lines[1].startsWith("label:") ? 2 : 1;
                String[] rest = s.split("\n", skip + 1);
                s = rest.length > skip ? rest[skip] : "";
                body = s.getBytes(StandardCharsets.UTF_8);
                return page(file, url, "text/plain; charset=utf-8", body);
            }
        }
        return page(file, url, text ? "text/plain" : "text/html", body);
    }

    private static RawPage page(Path file, String url, String contentType, byte[] body) throws IOException {
        return RawPage.newBuilder()
                .setUrl(url)
                .setFetchedAt(Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()))
                .setContentType(contentType)
                .setBody(ByteBuffer.wrap(body))
                .setHeaders(Map.of())
                .setSource("file")
                .build();
    }

    private static void readJsonLines(Path file, Consumer<Input> consumer) throws IOException {
        forEachLine(file, (place, line) -> consumer.accept(new Input(place,
                RawPageDecoder.fromJson(line.getBytes(StandardCharsets.UTF_8)), line)));
    }

    /** Takes one line of a file and where it is, {@code FILE:LINE}. */
    @FunctionalInterface
    interface LineHandler {
        void accept(String place, String line) throws IOException;
    }

    /** Hands each non-blank line of a UTF-8 text file (gzipped or not) to {@code handler}, with its place. */
    static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    handler.accept(file + ":" + number, line);
                }
            }
        }
    }
}
