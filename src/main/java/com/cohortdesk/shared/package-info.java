/** Domain building blocks shared by every feature: the entity base and the programme's time zone. */
@NullMarked
package com.cohortdesk.shared;

import org.jspecify.annotations.NullMarked;
