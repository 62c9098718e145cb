package com.cohortdesk.assessment;

import java.time.LocalDate;

/** A teaching period (the dates of a term, shared by the cohorts running terms then), for the heat map. */
public record TermPeriod(LocalDate from, LocalDate to, String label) {}
