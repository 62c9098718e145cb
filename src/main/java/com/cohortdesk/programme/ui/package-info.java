/** Module catalogue views. */
@NullMarked
package com.cohortdesk.programme.ui;

import org.jspecify.annotations.NullMarked;
