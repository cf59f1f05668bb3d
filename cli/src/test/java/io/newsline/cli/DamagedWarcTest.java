package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * {@code submit --warc} on damaged archives made here: files cut at every record boundary and inside every record,
 * a corrupt gzip member, wrong chunk sizes, a gzip-encoded HTTP body cut short, wrong Content-Lengths and a header
 * that is no header. Every readable record still becomes a page; each unreadable one is refused with its offset.
 */
class DamagedWarcTest {

    static final Instant CAPTURED = Instant.parse("2026-10-03T08:15:30Z");
    static final int PAGES = 5;

    @TempDir
    Path dir;

    /** What reading a file gave: pages by URL, refusals by source, cuts. */
    record Read(List<String> urls, List<String> refused, List<String> cuts) {}

    static Read read(Path file) throws IOException {
        WarcPages warc = new WarcPages(1 << 20);
        List<String> urls = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        warc.read(file, input -> {
            if (input.page() instanceof Outcome.Ok<RawPage> ok) {
                urls.add(ok.value().getUrl());
            } else {
                refused.add(input.source() + ": " + ((Outcome.Failed<RawPage>) input.page()).message());
            }
        });
        assertThat(warc.damaged()).isEqualTo(refused.size());
        return new Read(urls, refused, warc.cuts());
    }

    static String url(int i) {
        return "https://news.example.org/2026/10/03/page-" + i + ".html";
    }

    static byte[] html(int i) {
        return ("<html><head><title>Page " + i + "</title></head><body><p>" + "Council budget news. ".repeat(40 + i)
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] http(String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] plainHttp(int i) {
        return http("Content-Length: " + html(i).length + "\r\n", html(i));
    }

    /** A warcinfo record, then {@code PAGES} HTML responses; page {@code special} gets the given HTTP message. */
    Path write(String name, boolean gzip, int special, byte[] specialHttp) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().date(CAPTURED)
                    .fields(java.util.Map.of("software", List.of("newsline-test"))).build());
            for (int i = 0; i < PAGES; i++) {
                writer.write(new WarcResponse.Builder(url(i)).date(CAPTURED)
                        .body(MediaType.HTTP_RESPONSE, i == special ? specialHttp : plainHttp(i)).build());
            }
        }
        return file;
    }

    /** Offsets of the records of an intact file, as jwarc finds them, and the file's length at the end. */
    static List<Long> boundaries(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord ignored : reader) {
                offsets.add(reader.position());
            }
        }
        offsets.add(Files.size(file));
        return offsets;
    }

    static List<String> urls(int from, int to) {
        List<String> urls = new ArrayList<>();
        for (int i = from; i < to; i++) {
            urls.add(url(i));
        }
        return urls;
    }

    Path cut(Path file, long length) throws IOException {
        Path out = dir.resolve("cut-" + length + "-" + file.getFileName());
        Files.write(out, Arrays.copyOf(Files.readAllBytes(file), (int) length));
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFileCutAtARecordBoundaryGivesEveryRecordBeforeIt(boolean gzip) throws Exception {
        Path whole = write("whole.warc" + (gzip ? ".gz" : ""), gzip, -1, null);
        List<Long> boundaries = boundaries(whole);
        assertThat(boundaries).hasSize(PAGES + 2);
        for (int k = 1; k < boundaries.size(); k++) {
            Read read = read(cut(whole, boundaries.get(k)));
            assertThat(read.urls()).as("cut at %d", boundaries.get(k)).isEqualTo(urls(0, k - 1));
            assertThat(read.refused()).isEmpty();
            assertThat(read.cuts()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFileCutInsideARecordGivesEveryRecordBeforeItAndSaysWhereItBroke(boolean gzip) throws Exception {
        Path whole = write("whole.warc" + (gzip ? ".gz" : ""), gzip, -1, null);
        List<Long> boundaries = boundaries(whole);
        for (int k = 0; k < boundaries.size() - 1; k++) {
            long start = boundaries.get(k);
            long next = boundaries.get(k + 1);
            // next - 5: inside the block (a plain record ends in four line-end bytes), or the gzip member's trailer.
            for (long cutAt : new long[] {start + 1, start + 20, (start + next) / 2, next - 5}) {
                Path file = cut(whole, cutAt);
                Read read = read(file);
                assertThat(read.urls()).as("cut at %d in the record at %d", cutAt, start).isEqualTo(urls(0, Math.max(0, k - 1)));
                assertThat(read.refused()).as("cut at %d", cutAt).hasSize(1).first().asString()
                        .startsWith(file.getFileName() + " at offset " + start + ": unreadable record: ")
                        .contains("file ends inside");
                assertThat(read.cuts()).containsExactly(file.getFileName() + " ends inside the record at offset " + start);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aCorruptGzipMemberIsRefusedWithItsOffsetAndTheMembersAfterItAreRead() throws Exception {
        Path file = write("corrupt.warc.gz", true, -1, null);
        List<Long> boundaries = boundaries(file);
        byte[] bytes = Files.readAllBytes(file);
        long member = boundaries.get(3); // page 2
        for (long i = member + 30; i < member + 60; i++) {
            bytes[(int) i] ^= 0x5a;
        }
        Files.write(file, bytes);
        Read read = read(file);
        assertThat(read.urls()).containsExactly(url(0), url(1), url(3), url(4));
        assertThat(read.refused()).hasSize(1).first().asString()
                .startsWith("corrupt.warc.gz at offset " + member + ": unreadable record: bad gzip member");
        assertThat(read.cuts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void wrongChunkSizesAreRefusedAndTheRestIsRead(boolean gzip) throws Exception {
        byte[] body = html(2);
        // The first chunk announces more bytes than it has: the body runs out inside the chunk.
        byte[] chunked = ("fff0\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("chunks.warc" + (gzip ? ".gz" : ""), gzip, 2, http("Transfer-Encoding: chunked\r\n", chunked));
        long offset = boundaries(file).get(3);
        Read read = read(file);
        assertThat(read.urls()).containsExactly(url(0), url(1), url(3), url(4));
        assertThat(read.refused()).hasSize(1).first().asString()
                .startsWith(file.getFileName() + " at offset " + offset + ": unreadable record: HTTP body does not decode (chunked");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aGzipEncodedHttpBodyCutShortIsRefusedAndTheRestIsRead(boolean gzip) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(html(2));
        }
        byte[] shortBody = Arrays.copyOf(compressed.toByteArray(), compressed.size() - 12);
        Path file = write("gzip-body.warc" + (gzip ? ".gz" : ""), gzip, 2, http("Content-Encoding: gzip\r\n"
                + "Content-Length: " + shortBody.length + "\r\n", shortBody));
        long offset = boundaries(file).get(3);
        Read read = read(file);
        assertThat(read.urls()).containsExactly(url(0), url(1), url(3), url(4));
        assertThat(read.refused()).hasSize(1).first().asString()
                .startsWith(file.getFileName() + " at offset " + offset + ": unreadable record: HTTP body does not decode (gzip)");
    }

    @ParameterizedTest
    @ValueSource(ints = {-40, 40})
    void aWrongContentLengthIsRefusedAndTheRecordsAfterItAreRead(int error) throws Exception {
        Path file = write("length.warc", false, -1, null);
        long offset = boundaries(file).get(2); // page 1
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int header = text.indexOf("Content-Length: ", (int) offset);
        int end = text.indexOf("\r\n", header);
        long length = Long.parseLong(text.substring(header + 16, end));
        Files.writeString(file, text.substring(0, header + 16) + (length + error) + text.substring(end),
                StandardCharsets.ISO_8859_1);
        Read read = read(file);
        assertThat(read.urls()).containsExactly(url(0), url(2), url(3), url(4));
        assertThat(read.refused()).hasSize(1).first().asString()
                .startsWith("length.warc at offset " + offset + ": unreadable record: the block does not end where its Content-Length");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bytesThatAreNoRecordHeaderAreRefusedAndTheRecordsAfterThemAreRead(boolean gzip) throws Exception {
        Path file = write("header.warc" + (gzip ? ".gz" : ""), gzip, -1, null);
        long offset = boundaries(file).get(3); // before page 2
        byte[] bytes = Files.readAllBytes(file);
        byte[] junk = gzip ? gzip("GET / HTTP/1.1\r\nHost: x\r\n\r\n") : "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, (int) offset);
        out.writeBytes(junk);
        out.write(bytes, (int) offset, bytes.length - (int) offset);
        Files.write(file, out.toByteArray());
        Read read = read(file);
        assertThat(read.urls()).isEqualTo(urls(0, PAGES));
        assertThat(read.refused()).hasSize(1).first().asString()
                .startsWith(file.getFileName() + " at offset " + offset + ": unreadable record: bad header");
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return compressed.toByteArray();
    }

    static String arcRecord(int i, int lengthError) {
        String http = new String(plainHttp(i), StandardCharsets.ISO_8859_1);
        return url(i) + " 93.184.216.34 20261003081530 text/html " + (http.length() + lengthError) + "\n" + http + "\n";
    }

    @org.junit.jupiter.api.Test
    void anArcFileWithAWrongLengthAndACutKeepsEveryReadableRecord() throws Exception {
        String filedesc = "1 0 newsline\nURL IP-address Archive-date Content-type Archive-length\n";
        StringBuilder arc = new StringBuilder("filedesc://test.arc 0.0.0.0 20261003081530 text/plain "
                + filedesc.length() + "\n" + filedesc + "\n");
        long[] offsets = new long[PAGES];
        for (int i = 0; i < PAGES; i++) {
            offsets[i] = arc.length();
            arc.append(arcRecord(i, i == 1 ? 25 : 0));
        }
        Path file = dir.resolve("test.arc");
        byte[] bytes = arc.toString().getBytes(StandardCharsets.ISO_8859_1);
        int lastHeader = (url(PAGES - 1) + " 93.184.216.34 20261003081530 text/html " + plainHttp(PAGES - 1).length
                + "\n").length();
        Files.write(file, Arrays.copyOf(bytes, (int) offsets[PAGES - 1] + lastHeader + 30));
        Read read = read(file);
        assertThat(read.urls()).containsExactly(url(0), url(2), url(3));
        assertThat(read.refused()).containsExactly(
                "test.arc at offset " + offsets[1] + ": unreadable record: the block does not end where its ARC length ("
                        + (plainHttp(1).length + 25) + ") says",
                "test.arc at offset " + offsets[PAGES - 1] + ": unreadable record: the file ends inside the record: "
                        + "30 of its " + plainHttp(PAGES - 1).length + " block bytes are there");
        assertThat(read.cuts()).containsExactly("test.arc ends inside the record at offset " + offsets[PAGES - 1]);
    }
}
