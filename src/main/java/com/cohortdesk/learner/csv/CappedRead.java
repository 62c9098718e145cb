package com.cohortdesk.learner.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an upload into memory with a hard cap: at most {@code max} bytes are kept, and reading stops at the
 * first byte past the cap, so a 200 MB body costs no more memory (and no more reading) than a file of the
 * largest size allowed.
 */
public final class CappedRead {

    private static final int CHUNK = 64 * 1024;

    private CappedRead() {}

    /** The whole stream when it holds at most {@code max} bytes; empty (having read at most {@code max + 1}) otherwise. */
    public static Optional<byte[]> read(InputStream in, long max) throws IOException {
        if (max < 0 || max > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("Not a usable cap: " + max);
        var out = new ByteArrayOutputStream((int) Math.min(max, CHUNK));
        var buffer = new byte[CHUNK];
        long total = 0;
        while (true) {
            // Never ask for more than one byte past the cap: that byte alone proves the stream is too long.
            int wanted = (int) Math.min(buffer.length, max + 1 - total);
            int read = in.read(buffer, 0, wanted);
            if (read < 0) return Optional.of(out.toByteArray());
            total += read;
            if (total > max) return Optional.empty();
            out.write(buffer, 0, read);
        }
    }
}
