package com.cohortdesk.learner;

/** A learner by id, name and standing, for bulk operations on a cohort. */
public record LearnerRef(long id, String fullName, LearnerStatus status) {}
