/** The landing page of each role. */
@NullMarked
package com.cohortdesk.dashboard.ui;

import org.jspecify.annotations.NullMarked;
