package com.cohortdesk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first administrator into a clear start-up message instead of a stack trace. */
class MissingAdminFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrap.MissingAdminException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.MissingAdminException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start once with COHORTDESK_ADMIN_USERNAME, COHORTDESK_ADMIN_PASSWORD (12 to 128 characters) and "
                        + "COHORTDESK_ADMIN_EMAIL set; the account is created on that start and the variables can be removed.",
                cause);
    }
}
