/** Learners: the roster of every cohort, each learner with a home country and time zone. */
@NullMarked
package com.cohortdesk.learner;

import org.jspecify.annotations.NullMarked;
