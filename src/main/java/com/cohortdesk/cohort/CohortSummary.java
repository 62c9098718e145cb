package com.cohortdesk.cohort;

import java.util.List;

/** A cohort as lists show it. */
public record CohortSummary(
        long id,
        long version,
        String name,
        int intakeYear,
        CohortStatus status,
        boolean archived,
        List<TermDates> terms) {

    static CohortSummary of(Cohort cohort) {
        return new CohortSummary(
                cohort.getId(),
                cohort.getVersion(),
                cohort.getName(),
                cohort.getIntakeYear(),
                cohort.getStatus(),
                cohort.isArchived(),
                cohort.getTerms());
    }

    public CohortDraft toDraft() {
        return new CohortDraft(name, intakeYear, status, terms);
    }

    public TermDates term(int term) {
        return terms.get(term - 1);
    }
}
