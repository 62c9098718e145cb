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

    private LearnerSearch() {
    }

    /** The stored words of a learner: each word of the name (and the parts of hyphenated ones) and the email. */
    public static Set<String> words(String fullName, String email) {
        var words = new LinkedHashSet<String>();
        for (var word : lower(fullName).split("\\s+")) {
            if (word.isEmpty()) continue;
            words.add(word);
            Arrays.stream(word.split("[-'’.]")).filter(part -> !part.isEmpty()).forEach(words::add);
        }
        if (!email.isBlank()) words.add(lower(email));
        return words;
    }

    /** LIKE patterns, one per typed word: the word, its wildcards taken literally, then %. */
    public static List<String> prefixPatterns(String text) {
        return Arrays.stream(lower(text).split("\\s+")).filter(w -> !w.isEmpty()).distinct().limit(MAX_TERMS)
                .map(w -> w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
