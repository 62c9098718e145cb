package com.cohortdesk.learner;

import java.time.Duration;
import java.util.Locale;

/** What an import did: how many learners it added to which cohort, and how long it took. */
public record ImportSummary(String cohortName, int imported, Duration took) {

    /** "Imported 148 learners into Fall 2026 in 0.4 s." */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "Imported %,d learner%s into %s in %.1f s.",
                imported,
                imported == 1 ? "" : "s",
                cohortName,
                took.toMillis() / 1000.0);
    }
}
