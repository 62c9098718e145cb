/**
 * The programme: its fixed six-term schedule, the twelve modules and the rules they obey
 * ({@link com.cohortdesk.programme.ProgrammeRules}), and the faculty assigned to each module.
 */
@NullMarked
package com.cohortdesk.programme;

import org.jspecify.annotations.NullMarked;
