/**
 * Cohort Desk: the programme office's dashboard for a part-time online MSc.
 * <p>
 * One folder per feature ({@code cohort}, {@code learner}, {@code programme}, {@code security},
 * {@code dashboard}, {@code demo}); each holds its entities, package-private repositories and a
 * service that owns transactions and authorization. Views live in the feature's {@code ui}
 * subpackage and talk to services only. {@code shared} and {@code ui} hold the common base.
 */
@NullMarked
package com.cohortdesk;

import org.jspecify.annotations.NullMarked;
