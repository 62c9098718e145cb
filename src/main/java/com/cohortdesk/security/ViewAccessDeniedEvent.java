package com.cohortdesk.security;

/** Published when Vaadin refuses a signed-in user a view (the audit trail records it). */
public record ViewAccessDeniedEvent(String username, String path, String reason) {}
