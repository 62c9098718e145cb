package com.cohortdesk.learner;

/** Where a learner stands in the programme. */
public enum LearnerStatus {
    ACTIVE("Active"),
    INTERRUPTED("Interrupted"),
    WITHDRAWN("Withdrawn"),
    GRADUATED("Graduated");

    private final String label;

    LearnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
