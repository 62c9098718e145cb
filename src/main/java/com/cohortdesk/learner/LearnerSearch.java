package com.cohortdesk.learner;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roster's search: every word typed must start a word of the learner's name or their email. The
 * words are stored lower-case beside the learner, so that the search walks an index at any scale.
 */
public final class LearnerSearch {

    /** At most this many typed words are searched. */
    static final int MAX_TERMS = 5;

    /** What separates the parts of an email's local part. */
    private static final String SEPARATORS = ".-_+@";

    private LearnerSearch() {}

    /**
     * The stored words of a learner: each word of the name (and the parts of hyphenated ones), the email,
     * and the email from each part of its local part on ("lovelace.12@…", "12@…"), not the domain alone.
     */
    public static Set<String> words(String fullName, String email) {
        var words = new LinkedHashSet<String>();
        for (var word : lower(fullName).split("\\s+")) {
            if (word.isEmpty()) continue;
            words.add(word);
            Arrays.stream(word.split("[-'’.]")).filter(part -> !part.isEmpty()).forEach(words::add);
        }
        var address = lower(email);
        if (address.isEmpty()) return words;
        words.add(address);
        var at = address.indexOf('@');
        for (int i = 0; i < (at < 0 ? address.length() : at); i++) {
            if (SEPARATORS.indexOf(address.charAt(i)) >= 0 && i + 1 < address.length())
                words.add(address.substring(i + 1));
        }
        return words;
    }

    /** LIKE patterns, one per typed word (leading separators dropped): the word, its wildcards taken literally, then %. */
    public static List<String> prefixPatterns(String text) {
        return Arrays.stream(lower(text).split("\\s+"))
                .map(LearnerSearch::dropLeadingSeparators)
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .map(w -> w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }

    private static String dropLeadingSeparators(String word) {
        int start = 0;
        while (start < word.length() && SEPARATORS.indexOf(word.charAt(start)) >= 0) start++;
        return word.substring(start);
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
