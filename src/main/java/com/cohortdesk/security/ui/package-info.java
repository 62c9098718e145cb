/** Sign-in and staff account views. */
@NullMarked
package com.cohortdesk.security.ui;

import org.jspecify.annotations.NullMarked;
