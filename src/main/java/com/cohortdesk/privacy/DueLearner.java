package com.cohortdesk.privacy;

import java.time.LocalDate;

/** A learner whose retention period ends on {@code dueOn}: they graduated or withdrew on {@code endedOn}. */
public record DueLearner(
        long learnerId, String fullName, String cohortName, String status, LocalDate endedOn, LocalDate dueOn) {}
