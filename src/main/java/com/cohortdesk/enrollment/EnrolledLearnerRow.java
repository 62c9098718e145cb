package com.cohortdesk.enrollment;

/** One learner on an offering's roster. */
public record EnrolledLearnerRow(
        long enrollmentId,
        long learnerId,
        String fullName,
        String email,
        String country,
        String timeZone,
        EnrollmentStatus status,
        long version) {}
