/** The UI base: the main layout, error pages and handling, and small shared components. */
@NullMarked
package com.cohortdesk.ui;

import org.jspecify.annotations.NullMarked;
