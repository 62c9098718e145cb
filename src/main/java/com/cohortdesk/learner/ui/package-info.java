/** Learner roster views. */
@NullMarked
package com.cohortdesk.learner.ui;

import org.jspecify.annotations.NullMarked;
