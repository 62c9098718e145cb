package com.cohortdesk.cohort;

/** Published inside the transaction when a cohort gets a new name, so that copies of the name follow. */
public record CohortRenamed(long cohortId, String name) {}
