/** Offering, roster and enrolment views. */
@NullMarked
package com.cohortdesk.enrollment.ui;

import org.jspecify.annotations.NullMarked;
