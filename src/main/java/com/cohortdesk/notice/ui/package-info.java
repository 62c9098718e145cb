/** The outbox page. */
@NullMarked
package com.cohortdesk.notice.ui;

import org.jspecify.annotations.NullMarked;
