package com.cohortdesk.learner;

/**
 * Published (synchronously, inside the transaction) when a learner's standing changes, so that other
 * features, such as enrolments, can follow: a listener that throws undoes the change.
 */
public record LearnerStatusChanged(long learnerId, String learnerName, StatusAction action, String reason, String cohortName) {
}
