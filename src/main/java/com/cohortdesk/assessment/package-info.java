/**
 * Assessments and their deadlines per offering, individual extensions, the effective deadlines of a
 * learner, and clash detection (too many deadlines in a 7-day window for one cohort).
 */
@NullMarked
package com.cohortdesk.assessment;

import org.jspecify.annotations.NullMarked;
