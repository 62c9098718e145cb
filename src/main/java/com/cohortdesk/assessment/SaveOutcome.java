package com.cohortdesk.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of saving an assessment: saved, or held back because it would create a clash, naming the
 * other deadlines of the 7-day window (save again with the clash confirmed to keep it).
 */
public record SaveOutcome(@Nullable AssessmentRow saved, List<String> clashes, int threshold) {

    public boolean needsConfirmation() {
        return saved == null;
    }
}
