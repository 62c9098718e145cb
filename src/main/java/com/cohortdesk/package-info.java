/**
 * Cohort Desk: the programme office's dashboard for a part-time online MSc.
 * <p>
 * One folder per feature: {@code programme}, {@code cohort}, {@code learner}, {@code enrollment}, {@code session},
 * {@code assessment}, {@code calendar}, {@code notice}, {@code learnerpage}, {@code privacy}, {@code dashboard},
 * {@code security}, {@code audit} and {@code demo} (dev profile only). Each holds its entities, package-private
 * repositories and a service that owns transactions and authorization. Views live in the feature's {@code ui}
 * subpackage and talk to services only. {@code shared} (entity base, programme zone, rules used everywhere) and
 * {@code ui} (main layout, error pages, the UI kit) hold the common base. Features form no cycle: where a feature
 * shows something of one that builds on it, it declares a contribution point that the other implements (see
 * {@code ArchitectureTest}).
 */
@NullMarked
package com.cohortdesk;

import org.jspecify.annotations.NullMarked;
