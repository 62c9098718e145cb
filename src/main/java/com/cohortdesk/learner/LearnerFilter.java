package com.cohortdesk.learner;

import org.jspecify.annotations.Nullable;

/** Roster filters; a null or blank field does not filter. */
public record LearnerFilter(@Nullable String text, @Nullable Long cohortId, @Nullable String country,
        @Nullable LearnerStatus status, @Nullable String timeZone) {

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }

    /** The text filter as a lower-case LIKE pattern, or null. */
    @Nullable String textPattern() {
        if (text == null || text.isBlank()) return null;
        var escaped = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @Nullable String countryOrNull() {
        return country == null || country.isBlank() ? null : country;
    }

    @Nullable String timeZoneOrNull() {
        return timeZone == null || timeZone.isBlank() ? null : timeZone;
    }
}
