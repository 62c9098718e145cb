package com.cohortdesk.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the retention job) run on Spring's scheduler. */
@Configuration
@EnableScheduling
class PrivacyConfig {}
