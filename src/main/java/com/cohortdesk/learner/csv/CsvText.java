package com.cohortdesk.learner.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns the bytes of an upload into text: UTF-8 with or without a BOM, and nothing else. */
final class CsvText {

    /** The bytes are not text Cohort Desk can read; the message says why and what to do. */
    static final class NotUtf8Exception extends Exception {
        NotUtf8Exception(String message) {
            super(message);
        }
    }

    private static final String SAVE_AS = "In Excel, save it as \"CSV UTF-8 (comma delimited)\" and upload it again.";

    private CsvText() {}

    static String decode(byte[] bytes) throws NotUtf8Exception {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new NotUtf8Exception("The file is saved as UTF-16 text, not UTF-8. " + SAVE_AS);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = CharBuffer.allocate(bytes.length);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8Exception("The file is not UTF-8 text: line " + lineOf(bytes, in.position())
                    + " has a character that is not UTF-8. " + SAVE_AS);
        }
        var text = out.flip().toString();
        if (text.indexOf('\0') >= 0) {
            throw new NotUtf8Exception(
                    "The file contains NUL characters, so it is UTF-16 text or not text at all. " + SAVE_AS);
        }
        return text;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** "6.2 MB", "2 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return format(bytes / 1024.0) + " KB";
        return format(bytes / (1024.0 * 1024)) + " MB";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
