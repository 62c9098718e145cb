package com.cohortdesk.security;

/** A one-time password for an account, shown once to the administrator; the user must change it at sign-in. */
public record IssuedPassword(StaffSummary account, String oneTimePassword) {}
