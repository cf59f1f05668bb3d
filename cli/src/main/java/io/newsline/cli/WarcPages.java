package io.newsline.cli;

import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files (plain or gzip, as Common Crawl's CC-NEWS publishes them) into raw pages: each {@code response}
 * record with HTTP status 200 and an HTML content type becomes a page with the record's target URI as its URL, its
 * {@code WARC-Date} (the capture time) as {@code fetchedAt}, the HTTP body with transfer and content encodings
 * removed, and the HTTP headers (Content-Type with its charset among them). Every other record is skipped and
 * counted by reason: its record type ({@code request}, {@code metadata}, {@code revisit}, {@code warcinfo}...),
 * {@code status-NNN}, {@code not-html} or {@code unreadable-http}. A body above the size limit is handed on as a
 * refusal. Not thread-safe.
 */
final class WarcPages {

    /** Headers that describe the body as it was sent, not as the page keeps it (decoded). */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-encoding", "transfer-encoding",
            "content-length");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final long maxBodyBytes;
    private final Map<String, Integer> skipped = new TreeMap<>();

    /** @param maxBodyBytes bodies larger than this are refused, not read whole */
    WarcPages(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Reads one WARC file, handing each HTML page (or its refusal) to the consumer in file order. */
    void read(Path file, Consumer<PageFiles.Input> pages) throws IOException {
        String source = "warc:" + file.getFileName();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    skip(record.type());
                    continue;
                }
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | IllegalArgumentException e) {
                    skip("unreadable-http");
                    continue;
                }
                if (http.status() != 200) {
                    skip("status-" + http.status());
                    continue;
                }
                Optional<String> contentType = http.headers().first("Content-Type");
                if (!isHtml(contentType.orElse(null))) {
                    skip("not-html");
                    continue;
                }
                String where = file.getFileName() + " " + response.target();
                pages.accept(new PageFiles.Input(where, page(response, http, contentType.get(), source), null));
            }
        }
    }

    private Outcome<RawPage> page(WarcResponse response, HttpResponse http, String contentType, String source)
            throws IOException {
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (body.length > maxBodyBytes) {
            return new Outcome.Failed<>(DeadLetterReason.OVERSIZE, "page body larger than " + maxBodyBytes
                    + " bytes", null, null, response.target());
        }
        Map<String, String> headers = new TreeMap<>();
        http.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TRANSPORT_HEADERS.contains(lower)) {
                headers.merge(lower, String.join(", ", values), (a, b) -> a + ", " + b);
            }
        });
        return new Outcome.Ok<>(RawPage.newBuilder()
                .setUrl(response.target())
                .setFetchedAt(response.date())
                .setContentType(contentType)
                .setBody(ByteBuffer.wrap(body))
                .setHeaders(headers)
                .setSource(source)
                .setHttpStatus(http.status())
                .build());
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        MediaType type = MediaType.parseLeniently(contentType);
        return HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** Skipped records so far, by reason. */
    Map<String, Integer> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    /** The skip counts as one line, e.g. {@code 2 not-html, 1 request, 1 status-404}. */
    static String describe(Map<String, Integer> skipped) {
        List<String> parts = skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
