/** The live-session views: my sessions, an occurrence's roster and attendance, the time-zone planner. */
@NullMarked
package com.cohortdesk.session.ui;

import org.jspecify.annotations.NullMarked;
