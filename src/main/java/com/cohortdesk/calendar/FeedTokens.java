package com.cohortdesk.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Feed tokens: 256 bits from {@link SecureRandom}, URL-safe base64 without padding (43 characters), stored
 * only as their SHA-256 in hex. A token is looked up by its hash, so the time a lookup takes does not
 * depend on how much of a guessed token matches a real one.
 */
public final class FeedTokens {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {}

    public static String newToken() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token's UTF-8 bytes, lower-case hex (64 characters); any text hashes, so junk is looked up too. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
