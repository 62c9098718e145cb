/** Cohort views. */
@NullMarked
package com.cohortdesk.cohort.ui;

import org.jspecify.annotations.NullMarked;
