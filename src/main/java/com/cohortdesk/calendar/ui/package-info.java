/** Feed links on the learner and cohort pages and in the user menu. */
@NullMarked
package com.cohortdesk.calendar.ui;

import org.jspecify.annotations.NullMarked;
