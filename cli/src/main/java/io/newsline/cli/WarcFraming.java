package io.newsline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits a WARC or ARC file, plain or gzip (one member per record, as crawlers write them), into records by the
 * files' own framing, so that damage is found, named by its file offset and passed over: a gzip member that does
 * not inflate or whose trailer does not match, a header that is no WARC or ARC header, a {@code Content-Length}
 * that does not end where the record does. Reading goes on at the next gzip member, or in a plain file at the next
 * line that starts a record, so no readable record is lost. A file that ends inside a record is reported as cut
 * there. Offsets are of the file as stored (of the gzip member in a compressed file). Not thread-safe.
 */
final class WarcFraming {

    /** One piece of the file: a record, or why the bytes at an offset are no readable record. */
    sealed interface Piece permits Record, Damaged {}

    /**
     * A record's bytes (header and block, decompressed). {@code blockLength} is the length its header gives; when
     * that is above the limit only the head of the block is kept ({@code clipped}), enough to tell what it is.
     */
    record Record(long offset, byte[] bytes, long blockLength, boolean clipped) implements Piece {}

    /** Bytes at {@code offset} that are no readable record, and why; {@code cut}: the file ends inside it. */
    record Damaged(long offset, String reason, boolean cut) implements Piece {}

    /** How much of a block above the limit is kept to tell what the record is. */
    static final int CLIPPED_HEAD = 64 * 1024;
    private static final int MAX_HEADER = 64 * 1024;
    private static final long MEMBER_BUFFER = 64L << 20;
    private static final Pattern ARC_HEADER = Pattern.compile("\\S+ \\S+ \\d{14} .*\\d+");

    private final FileChannel channel;
    private final long size;
    private final long maxBlockBytes;
    private final Consumer<Piece> out;

    private WarcFraming(FileChannel channel, long maxBlockBytes, Consumer<Piece> out) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.maxBlockBytes = maxBlockBytes;
        this.out = out;
    }

    /** Reads the file, handing each record or damaged piece to {@code out} in file order. */
    static void read(Path file, long maxBlockBytes, Consumer<Piece> out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            WarcFraming framing = new WarcFraming(channel, maxBlockBytes, out);
            byte[] magic = framing.bytesAt(0, 2);
            if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                framing.gzipMembers();
            } else {
                framing.plain();
            }
        }
    }

    private void plain() throws IOException {
        long pos = 0;
        while (true) {
            FramingInput in = new FramingInput(channel, pos);
            pos += in.skipLineEnds();
            if (pos >= size) {
                return;
            }
            Piece piece = frame(in, pos);
            if (piece instanceof Record) {
                out.accept(piece);
                pos = in.start() + in.count();
                continue;
            }
            Damaged damaged = (Damaged) piece;
            long next = nextRecordStart(pos + 1);
            out.accept(next < 0 ? damaged : new Damaged(damaged.offset(), damaged.reason(), false));
            if (next < 0) {
                return;
            }
            pos = next;
        }
    }

    private void gzipMembers() throws IOException {
        long pos = 0;
        while (pos < size) {
            // A member's records go on once its trailer (CRC, length) has been checked; only a member holding more
            // than MEMBER_BUFFER bytes of records (one gzip stream for a whole file) hands them on as they come.
            List<Piece> pending = new ArrayList<>();
            long pendingBytes = 0;
            try {
                GzipMember member = new GzipMember(channel, pos);
                FramingInput in = new FramingInput(member);
                while (true) {
                    in.skipLineEnds();
                    if (in.atEnd()) {
                        break;
                    }
                    Piece piece = frame(in, pos);
                    if (piece instanceof Damaged d) {
                        // Inside a member the damage ends with the member: the next one starts afresh.
                        pending.add(new Damaged(pos, d.reason(), false));
                        break;
                    }
                    pending.add(piece);
                    pendingBytes += ((Record) piece).bytes().length;
                    if (pendingBytes > MEMBER_BUFFER) {
                        pending.forEach(out);
                        pending.clear();
                        pendingBytes = 0;
                    }
                }
                member.drain();
                pending.forEach(out);
                pos = member.end();
            } catch (GzipMember.Damage e) {
                long next = nextMember(pos + 1);
                out.accept(new Damaged(pos, e.getMessage(), e.endOfFile && next < 0));
                if (next < 0) {
                    return;
                }
                pos = next;
            }
        }
    }

    /** Frames one record starting at the stream's position; the stream is left after its end. */
    private Piece frame(FramingInput in, long offset) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            return frameRecord(in, offset, head);
        } catch (FramingInput.LineCut e) {
            return new Damaged(offset, "the file ends inside the record header", true);
        }
    }

    private Piece frameRecord(FramingInput in, long offset, ByteArrayOutputStream head) throws IOException {
        String first = in.readLine(head, MAX_HEADER);
        boolean warc = first.startsWith("WARC/");
        long length;
        if (warc) {
            length = -1;
            String line;
            while (!(line = in.readLine(head, MAX_HEADER)).isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
                    length = parseLength(line.substring(colon + 1).strip());
                }
                if (head.size() >= MAX_HEADER) {
                    return new Damaged(offset, "record header longer than " + MAX_HEADER + " bytes", false);
                }
            }
            if (length < 0) {
                return new Damaged(offset, "bad WARC header: no valid Content-Length", false);
            }
        } else if (ARC_HEADER.matcher(first).matches()) {
            length = parseLength(first.substring(first.lastIndexOf(' ') + 1));
        } else {
            return new Damaged(offset, "bad header: neither a WARC nor an ARC record starts here ("
                    + printable(first) + ")", false);
        }
        boolean clipped = length > maxBlockBytes;
        long keep = clipped ? Math.min(length, CLIPPED_HEAD) : length;
        long got = in.copy(head, keep);
        if (got == keep && clipped) {
            got += in.skip(length - keep);
        }
        if (got < length) {
            return new Damaged(offset, "the file ends inside the record: " + got + " of its " + length
                    + " block bytes are there", true);
        }
        if (!in.recordEnd(warc ? 2 : 1)) {
            return new Damaged(offset, "the block does not end where its " + (warc ? "Content-Length" : "ARC length")
                    + " (" + length + ") says", false);
        }
        return new Record(offset, head.toByteArray(), length, clipped);
    }

    private static long parseLength(String text) {
        try {
            return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String printable(String line) {
        String s = line.length() > 40 ? line.substring(0, 40) + "..." : line;
        return "'" + s.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }

    /** In a plain file, the offset of the next line at or after {@code from} that starts a record; -1 if none. */
    private long nextRecordStart(long from) throws IOException {
        FramingInput in = new FramingInput(channel, from - 1);
        int previous = in.read();
        while (previous >= 0) {
            long lineStart = in.start() + in.count();
            if (previous == '\n') {
                String line = in.peekLine(256);
                if (line.startsWith("WARC/1.") || ARC_HEADER.matcher(line).matches()) {
                    return lineStart;
                }
            }
            previous = in.read();
        }
        return -1;
    }

    /** In a gzip file, the offset at or after {@code from} of the next member that inflates to a record start. */
    private long nextMember(long from) throws IOException {
        FramingInput in = new FramingInput(channel, from);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        while (c >= 0) {
            if (a == 0x1f && b == 0x8b && c == 8) {
                long candidate = in.start() + in.count() - 3;
                if (startsRecord(candidate)) {
                    return candidate;
                }
            }
            a = b;
            b = c;
            c = in.read();
        }
        return -1;
    }

    private boolean startsRecord(long memberOffset) {
        try {
            byte[] start = new GzipMember(channel, memberOffset).readNBytes(256);
            String text = new String(start, StandardCharsets.ISO_8859_1);
            String line = text.contains("\n") ? text.substring(0, text.indexOf('\n')).strip() : text;
            return text.startsWith("WARC/1.") || ARC_HEADER.matcher(line).matches();
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] bytesAt(long position, int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(n);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading
        }
        byte[] out = new byte[buffer.position()];
        buffer.flip().get(out);
        return out;
    }
}
