package com.cohortdesk.cohort;

import java.util.List;

/** A cohort as lists show it. */
public record CohortSummary(long id, String name, int intakeYear, CohortStatus status, List<TermDates> terms) {

    static CohortSummary of(Cohort cohort) {
        return new CohortSummary(cohort.getId(), cohort.getName(), cohort.getIntakeYear(), cohort.getStatus(), cohort.getTerms());
    }

    public TermDates term(int term) {
        return terms.get(term - 1);
    }
}
