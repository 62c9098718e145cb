/** The learner's own page ({@code /me/{token}}) and the personal-link sections of the learner's and the cohort's pages. */
@NullMarked
package com.cohortdesk.learnerpage.ui;

import org.jspecify.annotations.NullMarked;
