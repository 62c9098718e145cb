/** The deadlines views, the clash heat map and the learner page's deadlines section. */
@NullMarked
package com.cohortdesk.assessment.ui;

import org.jspecify.annotations.NullMarked;
