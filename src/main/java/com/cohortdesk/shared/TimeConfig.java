package com.cohortdesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock everything asks for "now". {@code cohortdesk.clock.fixed} (an instant such as
 * 2026-11-25T12:00:00Z) pins it, so that tests and demos see the same day every run.
 */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(@Value("${cohortdesk.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), ZoneOffset.UTC);
    }
}
