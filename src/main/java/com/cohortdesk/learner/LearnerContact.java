package com.cohortdesk.learner;

/** A learner as other features show and notify them: name, email and time zone. */
public record LearnerContact(long learnerId, String fullName, String email, String timeZone) {}
