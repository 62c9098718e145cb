package com.cohortdesk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An assessment's own deadline: due, and the optional cut-off after which nothing is accepted. */
public record Deadline(
        long assessmentId, Instant due, @Nullable Instant cutOff) {}
