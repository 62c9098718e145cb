package com.cohortdesk.learner.csv;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big an import file may be ({@code cohortdesk.import.max-file-size}, default 5MB) and how many
 * learners it may hold ({@code cohortdesk.import.max-rows}, default 20,000).
 */
@ConfigurationProperties("cohortdesk.import")
public record ImportLimits(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("20000") int maxRows) {

    public static ImportLimits defaults() {
        return new ImportLimits(DataSize.ofMegabytes(5), 20_000);
    }

    public long maxBytes() {
        return maxFileSize.toBytes();
    }
}
