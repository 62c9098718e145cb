package com.cohortdesk.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows are the system's output, not users' changes (the notices outbox): the per-entity
 * listener ({@link EntityChangeListener}) does not record its inserts, updates and deletes, whichever way they
 * are written (JPA or set-based SQL would otherwise disagree), and the feature's services record the user
 * actions on it explicitly with {@link AuditWriter}, saying who did what to which row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExplicitlyAudited {}
