/**
 * The audit trail: every create, update and delete of an entity (Hibernate event listeners, written in
 * the same transaction as the change) and every security event (sign-in, failed sign-in, lockout,
 * refused access), with who, when (the application clock) and from where; read by administrators.
 */
@NullMarked
package com.cohortdesk.audit;

import org.jspecify.annotations.NullMarked;
