package com.cohortdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Password rules in the spirit of NIST SP 800-63B: length over composition, no forced rotation, and no
 * password from the list of common ones ({@code security/common-passwords.txt}, compared ignoring case;
 * a listed word followed only by digits or punctuation, such as "Password2024!", counts as listed).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String LIST = "/security/common-passwords.txt";
    private static volatile @Nullable Set<String> common;

    private PasswordPolicy() {}

    /** Why a password is not acceptable, or null when it is. */
    public static @Nullable String problem(@Nullable String password) {
        return problem(password, null);
    }

    /** As {@link #problem(String)}, and the password must not be the username. */
    public static @Nullable String problem(@Nullable String password, @Nullable String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return "A password may have at most " + MAX_LENGTH + " characters.";
        }
        var lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return "A password must not be the username.";
        }
        if (lower.codePoints().distinct().count() < 4) {
            return "This password repeats too few different characters; choose a longer phrase.";
        }
        if (isCommon(lower)) {
            return "This password is on the list of commonly used passwords; choose a less predictable phrase.";
        }
        return null;
    }

    static boolean isCommon(String password) {
        var lower = password.strip().toLowerCase(Locale.ROOT);
        var list = commonPasswords();
        if (list.contains(lower)) return true;
        var core = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return core.length() >= 4 && !core.equals(lower) && list.contains(core);
    }

    static Set<String> commonPasswords() {
        var loaded = common;
        if (loaded != null) return loaded;
        synchronized (PasswordPolicy.class) {
            if (common == null) common = load();
            return Objects.requireNonNull(common);
        }
    }

    private static Set<String> load() {
        var set = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException(LIST + " is missing from the classpath");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
