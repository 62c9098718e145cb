/** Cohorts: the intake of one academic year and its six term dates ({@link com.cohortdesk.cohort.TermCalendar}). */
@NullMarked
package com.cohortdesk.cohort;

import org.jspecify.annotations.NullMarked;
