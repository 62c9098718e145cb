package com.cohortdesk.assessment;

import java.util.List;

/** Deadlines of a cohort and term (or a lead's modules), in due order, and the weights of each offering. */
public record DeadlineList(List<AssessmentRow> rows, List<OfferingWeights> weights, int clashThreshold) {
}
