package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs {@link MainTextExtractor} over every page in a folder ({@code .html}, {@code .htm}, optionally
 * gzip-compressed) and prints one JSON line per page: {@code {"source": path, "text": blocks joined by blank
 * lines}}, the input format of the extraction scorer. Used by {@code scripts/eval-extraction-body.sh}.
 */
public final class MainTextEvaluationMain {

    private MainTextEvaluationMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MainTextEvaluationMain PAGES_DIR");
            System.exit(2);
        }
        MainTextExtractor extractor = new MainTextExtractor();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            pages = files.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        for (Path page : pages) {
            Document document;
            try (InputStream in = open(page)) {
                document = Jsoup.parse(in, null, "");
            }
            String text = extractor.extractBody(document).stream().map(Block::text).collect(Collectors.joining("\n\n"));
            out.println("{\"source\":" + quote(page.toString()) + ",\"text\":" + quote(text) + "}");
        }
        out.flush();
    }

    private static InputStream open(Path page) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(page));
        return page.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
