package io.newsline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A buffered stream that counts the bytes it gave, with the reading that WARC and ARC framing needs: lines, a
 * look at the next line, blocks copied or skipped, the line ends that close a record. Not thread-safe.
 */
final class FramingInput {
    /** The end of the stream inside a line (a record header cut short). */
    static final class LineCut extends IOException {}

    private final InputStream in;
    private final long start;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long count;

    FramingInput(FileChannel channel, long start) throws IOException {
        this(Channels.newInputStream(channel.position(start)), start);
    }

    FramingInput(InputStream in) {
        this(in, 0);
    }

    private FramingInput(InputStream in, long start) {
        this.in = in;
        this.start = start;
    }

    long start() {
        return start;
    }

    long count() {
        return count;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        count++;
        return buffer[position++] & 0xff;
    }

    boolean atEnd() throws IOException {
        return !fill();
    }

    /** Skips CR and LF bytes; returns how many. */
    long skipLineEnds() throws IOException {
        long skipped = 0;
        while (fill() && (buffer[position] == '\r' || buffer[position] == '\n')) {
            position++;
            count++;
            skipped++;
        }
        return skipped;
    }

    /** Reads a line (without its end) into {@code copy} too; null at the end of the stream. */
    String readLine(ByteArrayOutputStream copy, int max) throws IOException {
        String line = readLineOrNull(copy, max);
        if (line == null) {
            throw new LineCut();
        }
        return line;
    }

    private String readLineOrNull(ByteArrayOutputStream copy, int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = read()) >= 0) {
            copy.write(c);
            if (c == '\n') {
                return stripEnd(line.toString(StandardCharsets.UTF_8));
            }
            if (line.size() < max) {
                line.write(c);
            }
        }
        return null;
    }

    private static String stripEnd(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The next line's first bytes, not consumed (within the buffer). */
    String peekLine(int max) throws IOException {
        if (!fill()) {
            return "";
        }
        if (limit - position < max) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            int n = in.read(buffer, limit, buffer.length - limit);
            limit += Math.max(0, n);
        }
        int end = position;
        while (end < limit && end - position < max && buffer[end] != '\n') {
            end++;
        }
        return stripEnd(new String(buffer, position, end - position, StandardCharsets.ISO_8859_1));
    }

    /** Copies up to n bytes into out; returns how many there were. */
    long copy(ByteArrayOutputStream out, long n) throws IOException {
        long done = 0;
        while (done < n && fill()) {
            int chunk = (int) Math.min(n - done, limit - position);
            out.write(buffer, position, chunk);
            position += chunk;
            count += chunk;
            done += chunk;
        }
        return done;
    }

    long skip(long n) throws IOException {
        long done = 0;
        while (done < n && fill()) {
            int chunk = (int) Math.min(n - done, limit - position);
            position += chunk;
            count += chunk;
            done += chunk;
        }
        return done;
    }

    /**
     * Whether what follows a block is a record's end: {@code lines} line ends (CRLF or LF), or the end of the
     * stream (a file cut right after a complete block keeps that record).
     */
    boolean recordEnd(int lines) throws IOException {
        for (int i = 0; i < lines; i++) {
            if (atEnd()) {
                return true;
            }
            int c = read();
            if (c == '\r') {
                if (atEnd()) {
                    return true;
                }
                c = read();
            }
            if (c != '\n') {
                return false;
            }
        }
        return true;
    }
}
