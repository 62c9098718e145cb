/**
 * The embedded H2 database's own care: repairing what a killed JVM can leave in its file
 * ({@link com.cohortdesk.database.H2CrashRepair}). PostgreSQL needs none of it.
 */
@NullMarked
package com.cohortdesk.database;

import org.jspecify.annotations.NullMarked;
