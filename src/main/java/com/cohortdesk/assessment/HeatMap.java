package com.cohortdesk.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadline load of a period: one row per cohort, one cell per week (Monday to Sunday, UK time).
 * A cell is a clash when one of its deadlines lies in a 7-day window holding {@code threshold} or more.
 */
public record HeatMap(List<LocalDate> weeks, List<Row> rows, int threshold) {

    public record Row(long cohortId, String cohortName, List<Cell> cells) {}

    /** The deadlines due in the week, and how many learners have {@code threshold} or more effective deadlines in it. */
    public record Cell(LocalDate week, List<String> deadlines, boolean clash, int overloadedLearners) {

        public int count() {
            return deadlines.size();
        }
    }
}
