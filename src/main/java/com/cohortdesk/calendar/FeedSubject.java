package com.cohortdesk.calendar;

/** Whose calendar a feed is: a learner's, a cohort's or a member of staff's (faculty). */
public enum FeedSubject {
    LEARNER,
    COHORT,
    FACULTY
}
