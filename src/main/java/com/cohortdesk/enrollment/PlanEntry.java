package com.cohortdesk.enrollment;

import java.math.BigDecimal;

/** One place in a learner's plan: a module part in a term of a cohort, with its ECTS and status. */
public record PlanEntry(
        long enrollmentId,
        int term,
        String moduleCode,
        String moduleTitle,
        int part,
        boolean splitModule,
        BigDecimal ects,
        EnrollmentStatus status,
        String cohortName,
        long offeringId) {

    public String moduleLabel() {
        return moduleCode + " " + moduleTitle + (splitModule ? " (part " + part + ")" : "");
    }
}
