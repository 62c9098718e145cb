package com.cohortdesk.learner;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Roster filters; a null or blank field does not filter. Text: every word typed starts a word of the name or the email. */
public record LearnerFilter(
        @Nullable String text,
        @Nullable Long cohortId,
        @Nullable String country,
        @Nullable LearnerStatus status,
        @Nullable String timeZone) {

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }

    /** The text filter as lower-case prefix LIKE patterns, one per word typed; empty when there is no text. */
    List<String> textPrefixes() {
        return text == null || text.isBlank() ? List.of() : LearnerSearch.prefixPatterns(text);
    }

    @Nullable
    String countryOrNull() {
        return country == null || country.isBlank() ? null : country;
    }

    @Nullable
    String timeZoneOrNull() {
        return timeZone == null || timeZone.isBlank() ? null : timeZone;
    }
}
