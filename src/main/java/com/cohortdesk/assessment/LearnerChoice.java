package com.cohortdesk.assessment;

/** A learner who may be given an extension for an assessment (holds a place in its offering). */
public record LearnerChoice(long id, String fullName, String email, String timeZone) {}
