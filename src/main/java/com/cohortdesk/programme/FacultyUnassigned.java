package com.cohortdesk.programme;

/**
 * A member of staff no longer teaches a module. Published in the transaction of the change, so that the
 * module's open offerings stop listing them as a lead in the same transaction.
 */
public record FacultyUnassigned(String moduleCode, long staffUserId) {}
