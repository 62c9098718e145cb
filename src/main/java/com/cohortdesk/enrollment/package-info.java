/**
 * Offerings (a module run for a cohort in a term) and enrolments (a learner's place in one), under the
 * programme's rules ({@link com.cohortdesk.enrollment.PlanRules}).
 */
@NullMarked
package com.cohortdesk.enrollment;

import org.jspecify.annotations.NullMarked;
