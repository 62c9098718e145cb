package com.cohortdesk.security;

import java.time.Instant;

/** Published when too many wrong passwords lock an account (the audit trail records it). */
public record AccountLockedEvent(String username, Instant lockedUntil, String remoteAddress) {}
