package io.newsline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflated bytes of one gzip member (RFC 1952) of a file, its header parsed and its trailer (CRC-32, length)
 * checked; {@link #end()} gives where the next member starts once this one is read to its end. Damage (no gzip
 * header, data that does not inflate, a trailer that does not match, the file ending inside) is a {@link Damage}.
 * Reads the file by position, so several members of one channel can be read at once. Not thread-safe.
 */
final class GzipMember extends InputStream {

    /** A gzip member that cannot be read; {@code endOfFile}: the file ends inside it. */
    static final class Damage extends IOException {
        final boolean endOfFile;

        Damage(String message, boolean endOfFile) {
            super(message);
            this.endOfFile = endOfFile;
        }
    }

    private final FileChannel channel;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final ByteBuffer input = ByteBuffer.allocate(1 << 16);
    private long inputPosition;
    private long inflated;
    private long end = -1;

    GzipMember(FileChannel channel, long offset) throws IOException {
        this.channel = channel;
        this.inputPosition = offset;
        int[] header = new int[10];
        for (int i = 0; i < header.length; i++) {
            header[i] = headerByte();
        }
        if (header[0] != 0x1f || header[1] != 0x8b) {
            throw new Damage("bad gzip member: no gzip header here", false);
        }
        if (header[2] != 8) {
            throw new Damage("bad gzip member: compression method " + header[2] + " is not deflate", false);
        }
        int flags = header[3];
        if ((flags & 4) != 0) {
            int extra = headerByte() | headerByte() << 8;
            for (int i = 0; i < extra; i++) {
                headerByte();
            }
        }
        for (int flag : new int[] {8, 16}) {
            if ((flags & flag) != 0) {
                while (headerByte() != 0) {
                    // a zero-terminated file name or comment
                }
            }
        }
        if ((flags & 2) != 0) {
            headerByte();
            headerByte();
        }
    }

    private int headerByte() throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        if (channel.read(one, inputPosition) <= 0) {
            throw new Damage("the file ends inside a gzip member header", true);
        }
        inputPosition++;
        return one.get(0) & 0xff;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (end >= 0) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (inflater.needsInput()) {
                input.clear();
                int n = channel.read(input, inputPosition);
                if (n <= 0) {
                    throw new Damage("the file ends inside a gzip member (" + inflated
                            + " bytes inflated)", true);
                }
                inputPosition += n;
                inflater.setInput(input.array(), 0, n);
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new Damage("bad gzip member: " + e.getMessage() + " after " + inflated
                        + " inflated bytes", false);
            }
            if (n > 0) {
                crc.update(b, off, n);
                inflated += n;
                return n;
            }
            if (inflater.finished()) {
                trailer();
                return -1;
            }
            if (inflater.needsDictionary()) {
                throw new Damage("bad gzip member: it needs a preset dictionary", false);
            }
            if (!inflater.needsInput()) {
                // Input left, room for output, yet nothing comes: zlib sees no way on in this data.
                throw new Damage("bad gzip member: inflating stops after " + inflated + " bytes", false);
            }
        }
    }

    private void trailer() throws IOException {
        long trailerStart = inputPosition - inflater.getRemaining();
        ByteBuffer trailer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (trailer.hasRemaining() && channel.read(trailer, trailerStart + trailer.position()) > 0) {
            // keep reading
        }
        if (trailer.hasRemaining()) {
            throw new Damage("the file ends inside a gzip member trailer", true);
        }
        trailer.flip();
        if ((trailer.getInt() & 0xffffffffL) != crc.getValue()) {
            throw new Damage("bad gzip member: CRC mismatch", false);
        }
        if ((trailer.getInt() & 0xffffffffL) != (inflated & 0xffffffffL)) {
            throw new Damage("bad gzip member: length mismatch", false);
        }
        end = trailerStart + 8;
        inflater.end();
    }

    /** Inflates what is left, checking the trailer. */
    void drain() throws IOException {
        byte[] scratch = new byte[1 << 16];
        while (read(scratch, 0, scratch.length) >= 0) {
            // discard
        }
    }

    /** The offset after this member; known once it is read to its end. */
    long end() {
        return end;
    }
}
