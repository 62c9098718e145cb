package com.cohortdesk.learner;

/**
 * Published (synchronously, inside the transaction) just before a learner's standing changes, so that
 * other features, such as enrolments, can follow; a listener that throws refuses the change.
 * {@code cohortName} is the cohort the learner is in after the change.
 */
public record LearnerStatusChanged(
        long learnerId, String learnerName, StatusAction action, String reason, String cohortName) {}
