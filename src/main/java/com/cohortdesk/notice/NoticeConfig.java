package com.cohortdesk.notice;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link NoticeJobs}. */
@Configuration
@EnableScheduling
class NoticeConfig {}
