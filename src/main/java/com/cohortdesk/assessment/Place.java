package com.cohortdesk.assessment;

/** A learner's (not withdrawn) place in an offering. */
record Place(long learnerId, long offeringId) {}
