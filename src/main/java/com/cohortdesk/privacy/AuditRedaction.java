package com.cohortdesk.privacy;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Redacts an audit entry's details ("fullName: 'Ada' → 'Ada L.'; email = 'ada@x.org'; reason: moved abroad"):
 * the values of the named fields become {@code erased} (old and new alike), and any remaining occurrence of
 * the given literals (old names and emails), in any case, too. Field names, arrows and the other fields stay.
 */
public final class AuditRedaction {

    /** Splits before "; field = ", "; field: ", "; field was ", "; field changed". */
    private static final Pattern SEGMENT = Pattern.compile("; (?=[A-Za-z][A-Za-z0-9_.]*( = |: | was | changed))");

    private static final Pattern FIELD =
            Pattern.compile("^([A-Za-z][A-Za-z0-9_.]*)( = | was |: )(.*)$", Pattern.DOTALL);

    private AuditRedaction() {}

    public static String redact(String details, Set<String> fields, Collection<String> literals) {
        var segments = SEGMENT.split(details, -1);
        var out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) out.append("; ");
            out.append(segment(segments[i], fields));
        }
        var text = out.toString();
        for (var literal : literals) {
            if (literal.isBlank()) continue;
            text = Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text)
                    .replaceAll(Pseudonym.ERASED);
        }
        return text;
    }

    private static String segment(String segment, Set<String> fields) {
        var m = FIELD.matcher(segment);
        if (!m.matches() || !fields.contains(m.group(1))) return segment;
        var separator = m.group(2);
        var erased = separator.equals(": ") && m.group(3).contains(" → ")
                ? Pseudonym.ERASED + " → " + Pseudonym.ERASED
                : Pseudonym.ERASED;
        return m.group(1) + separator + erased;
    }

    /** Whether the text mentions the entity reference exactly ("Learner#12", not "Learner#123"). */
    public static boolean mentions(String text, String reference) {
        return Pattern.compile(Pattern.quote(reference) + "(?![0-9])")
                .matcher(text)
                .find();
    }
}
