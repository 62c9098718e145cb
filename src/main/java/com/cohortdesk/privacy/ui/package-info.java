/** Views of the personal-data feature: the learner page's section and the Personal data page. */
@NullMarked
package com.cohortdesk.privacy.ui;

import org.jspecify.annotations.NullMarked;
