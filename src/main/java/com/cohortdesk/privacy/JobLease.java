package com.cohortdesk.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A cluster-wide lease on a scheduled job (table {@code job_lease}): a node runs the job only after claiming its
 * row with one atomic {@code update … where lease_until <= now}. The database lets exactly one of concurrent
 * claims change the row, so two nodes never run the job in the same period; a lease is not given back, it runs
 * out (a node that dies mid-run leaves the job to the next period). Each claim commits on its own (autocommit).
 */
@Component("privacyJobLease")
class JobLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobLease(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the job for {@code holder} for {@code length}; false when another holder's lease still runs. */
    boolean claim(String job, String holder, Duration length) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.update(
                        "update job_lease set holder = ?, lease_until = ? where name = ? and lease_until <= ?",
                        holder,
                        now.plus(length),
                        job,
                        now)
                == 1;
    }
}
