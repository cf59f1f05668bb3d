package io.newsline.cli;

import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code status-NNN}, {@code not-html} or {@code unreadable-http} (a response that is no HTTP message). A body
 * above the size limit is handed on as a refusal, and so is a record that cannot be read, with its file offset and
 * the reason (a damaged gzip member, a header that is no record header, a block shorter or longer than its length,
 * an HTTP header or body that does not decode): reading goes on at the next record ({@link WarcFraming}); a file
 * cut inside a record keeps every record before the cut. Not thread-safe.
 */
final class WarcPages {

    /** Headers that describe the body as it was sent, not as the page keeps it (decoded). */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-encoding", "transfer-encoding",
            "content-length");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** Room above the body limit for WARC and HTTP headers and chunk framing before a record counts as too large. */
    static final long HEADROOM_BYTES = 1 << 20;

    private final long maxBodyBytes;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int damaged;
    private final List<String> cuts = new ArrayList<>();

    /** @param maxBodyBytes bodies larger than this are refused, not read whole */
    WarcPages(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads one WARC or ARC file, handing each HTML page (or its refusal) to the consumer in file order. A record
     * that cannot be read (see {@link WarcFraming}; an HTTP message or body that does not decode) is handed on as a
     * refusal naming its file offset and counted in {@link #damaged()}; reading goes on after it.
     */
    void read(Path file, Consumer<PageFiles.Input> pages) throws IOException {
        String source = "warc:" + file.getFileName();
        WarcFraming.read(file, maxBodyBytes + HEADROOM_BYTES, piece -> {
            if (piece instanceof WarcFraming.Damaged d) {
                damaged(file, d.offset(), d.reason(), pages);
                if (d.cut()) {
                    cuts.add(file.getFileName() + " ends inside the record at offset " + d.offset());
                }
                return;
            }
            WarcFraming.Record r = (WarcFraming.Record) piece;
            try {
                page(file, r, source, pages);
            } catch (IOException | RuntimeException e) {
                damaged(file, r.offset(), describe(e), pages);
            }
        });
    }

    private void page(Path file, WarcFraming.Record r, String source, Consumer<PageFiles.Input> pages)
            throws IOException {
        WarcRecord record;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(r.bytes()))) {
            record = reader.next().orElse(null);
            if (record == null) {
                throw new Unreadable("bad header: no record", null);
            }
            if (!(record instanceof WarcResponse response)) {
                skip(record.type());
                return;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | IllegalArgumentException e) {
                if (!response.contentType().base().toString().equals("application/http")) {
                    skip("unreadable-http"); // a response that is no HTTP message (dns:, whois:...)
                    return;
                }
                throw new Unreadable("bad HTTP header: " + describe(e), e);
            }
            if (http.status() != 200) {
                skip("status-" + http.status());
                return;
            }
            Optional<String> contentType = http.headers().first("Content-Type");
            if (!isHtml(contentType.orElse(null))) {
                skip("not-html");
                return;
            }
            String where = file.getFileName() + " " + response.target();
            Outcome<RawPage> page = r.clipped()
                    ? tooLarge(response.target(), r.blockLength() + " bytes in the record")
                    : page(response, http, contentType.get(), source);
            pages.accept(new PageFiles.Input(where, page, null));
        }
    }

    private void damaged(Path file, long offset, String reason, Consumer<PageFiles.Input> pages) {
        damaged++;
        String where = file.getFileName() + " at offset " + offset;
        pages.accept(new PageFiles.Input(where, new Outcome.Failed<>(DeadLetterReason.UNDECODABLE,
                "unreadable record: " + reason, null, null, null), null));
    }

    static String describe(Throwable e) {
        if (e instanceof Unreadable) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return CommandErrors.oneLine(message);
    }

    private Outcome<RawPage> tooLarge(String url, String size) {
        return new Outcome.Failed<>(DeadLetterReason.OVERSIZE, "page body larger than " + maxBodyBytes + " bytes ("
                + size + ")", null, null, url);
    }

    private Outcome<RawPage> page(WarcResponse response, HttpResponse http, String contentType, String source)
            throws IOException {
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length <= maxBodyBytes) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // a body cut short fails here, not later
            }
        } catch (IOException | RuntimeException e) {
            List<String> encodings = new ArrayList<>(http.headers().all("Transfer-Encoding"));
            encodings.addAll(http.headers().all("Content-Encoding"));
            throw new Unreadable("HTTP body does not decode (" + String.join(", ", encodings) + "): " + describe(e), e);
        }
        if (body.length > maxBodyBytes) {
            return tooLarge(response.target(), "decoded");
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

    /** A record that cannot be read, with a message that says why. */
    static final class Unreadable extends IOException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
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

    /** Records that could not be read so far (each handed on as a refusal naming its offset). */
    int damaged() {
        return damaged;
    }

    /** For each file read that ends inside a record (it was cut there): where. */
    List<String> cuts() {
        return List.copyOf(cuts);
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
