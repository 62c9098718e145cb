package com.cohortdesk.cohort;

import java.time.LocalDate;

/** The calendar dates of one term, in the programme's zone (Europe/London); both days included. */
public record TermDates(int term, LocalDate startsOn, LocalDate endsOn) {}
