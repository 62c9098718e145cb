package com.cohortdesk.learner;

import com.cohortdesk.learner.csv.ImportLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the import limits ({@code cohortdesk.import.*}). */
@Configuration
@EnableConfigurationProperties(ImportLimits.class)
class ImportConfig {}
