/** The audit trail view. */
@NullMarked
package com.cohortdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
