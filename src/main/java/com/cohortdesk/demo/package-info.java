/** Deterministic demo data and the demo sign-ins; active in the dev profile only. */
@NullMarked
package com.cohortdesk.demo;

import org.jspecify.annotations.NullMarked;
