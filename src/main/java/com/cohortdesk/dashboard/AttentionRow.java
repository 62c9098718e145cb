package com.cohortdesk.dashboard;

/** One thing that needs attention, as the list page shows it: what, the details, and the page to act on it. */
public record AttentionRow(String cohort, String subject, String detail, String href) {}
