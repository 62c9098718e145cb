package com.cohortdesk.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease row per periodic job: one atomic UPDATE takes it when it is free or already ours, so only one node
 * plans at a time (the unique plan keys would refuse a second plan anyway).
 */
@Component
class JobLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    JobLease(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean acquire(String job, Duration length) {
        var now = clock.instant();
        return jdbc.update(
                        "update notice_job_lease set holder = ?, held_until = ? where name = ? and (held_until < ? or holder = ?)",
                        node,
                        Timestamp.from(now.plus(length)),
                        job,
                        Timestamp.from(now),
                        node)
                == 1;
    }
}
