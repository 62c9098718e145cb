package com.cohortdesk.cohort;

/** Where a cohort is in its two years. */
public enum CohortStatus {
    PLANNED("Planned"),
    ACTIVE("Active"),
    COMPLETED("Completed");

    private final String label;

    CohortStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
