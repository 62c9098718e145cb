package com.cohortdesk.enrollment;

/** A learner's standing in one offering. Enrolled, completed and failed places count towards the term load. */
public enum EnrollmentStatus {
    ENROLLED("Enrolled"),
    WITHDRAWN("Withdrawn"),
    COMPLETED("Completed"),
    FAILED("Failed");

    private final String label;

    EnrollmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the place counts as taken (a withdrawn place does not). */
    public boolean takesPlace() {
        return this != WITHDRAWN;
    }
}
