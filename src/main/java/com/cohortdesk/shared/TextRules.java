package com.cohortdesk.shared;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for text a person types or imports: no control characters (C0 such as NUL, BEL, ESC and tab, DEL,
 * C1 such as NEL and CSI) and, in single-line fields, no line breaks (CR, LF, the Unicode line and paragraph
 * separators). Letters of every script, emoji and right-to-left text are text and pass. Multi-line fields (the
 * reasons typed into a text area) may hold line breaks, but no other control character.
 */
public final class TextRules {

    private TextRules() {}

    /** Why a single-line field's value is refused ("the name contains a line break"), or null when it is fine. */
    public static @Nullable String singleLineProblem(String field, @Nullable String value) {
        if (value == null) return null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isLineBreak(c)) return "the " + field + " contains a line break; keep it on one line.";
            if (isControl(c)) return "the " + field + " contains a control character (" + describe(c) + "); remove it.";
        }
        return null;
    }

    /** Why a multi-line field's value is refused, or null when it is fine (line breaks are allowed). */
    public static @Nullable String multiLineProblem(String field, @Nullable String value) {
        if (value == null) return null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n')) continue;
            if (isLineBreak(c) || isControl(c))
                return "the " + field + " contains a control character (" + describe(c) + "); remove it.";
        }
        return null;
    }

    /** Adds the single-line problem of a field, as a sentence, to a list of problems. */
    public static void checkSingleLine(String field, @Nullable String value, Collection<String> problems) {
        var problem = singleLineProblem(field, value);
        if (problem != null) problems.add(sentence(problem));
    }

    /** Adds the multi-line problem of a field, as a sentence, to a list of problems. */
    public static void checkMultiLine(String field, @Nullable String value, Collection<String> problems) {
        var problem = multiLineProblem(field, value);
        if (problem != null) problems.add(sentence(problem));
    }

    /** Refuses a single-line value with a {@link RuleViolation}. */
    public static void requireSingleLine(String field, @Nullable String value) {
        var problem = singleLineProblem(field, value);
        if (problem != null) throw new RuleViolation(sentence(problem));
    }

    /** Refuses a multi-line value with a {@link RuleViolation}. */
    public static void requireMultiLine(String field, @Nullable String value) {
        var problem = multiLineProblem(field, value);
        if (problem != null) throw new RuleViolation(sentence(problem));
    }

    static boolean isLineBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\u000C'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    /** C0 (U+0000-U+001F, tab included), DEL and C1 (U+0080-U+009F). */
    static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL;
    }

    private static String describe(char c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\u0007' -> "BEL, U+0007";
            case '\u001B' -> "ESC, U+001B";
            case '\u0000' -> "NUL, U+0000";
            default -> String.format("U+%04X", (int) c);
        };
    }

    private static String sentence(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }
}
