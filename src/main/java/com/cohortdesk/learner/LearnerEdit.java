package com.cohortdesk.learner;

/** The editable details of a learner. */
public record LearnerEdit(String fullName, String email, String country, String timeZone) {}
