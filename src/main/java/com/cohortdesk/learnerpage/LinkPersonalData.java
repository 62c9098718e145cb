package com.cohortdesk.learnerpage;

import com.cohortdesk.privacy.PersonalDataSource;
import com.cohortdesk.privacy.Pseudonym;
import com.cohortdesk.privacy.Rows;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal link's part of a learner's personal data: when it was issued, by whom, revoked and last opened
 * (never the token or its hash). Erasure revokes the link, so the page stops answering at once.
 */
@Component
class LinkPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LinkPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "personalLink";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Object learnerRecords(long learnerId) {
        return Rows.query(jdbc, """
                select id, case when hashed_token is null then false else true end as active, issued_at, issued_by, revoked_at,
                    last_opened_at
                from learner_link where learner_id = ?""", learnerId);
    }

    @Override
    public Map<String, Collection<Long>> auditedEntities(long learnerId) {
        return Map.of(
                "LearnerLink",
                jdbc.queryForList("select id from learner_link where learner_id = ?", Long.class, learnerId));
    }

    @Override
    public void eraseLearner(long learnerId, Pseudonym pseudonym) {
        jdbc.update("""
                update learner_link set hashed_token = null, revoked_at = coalesce(revoked_at, ?), version = version + 1
                where learner_id = ?""", Timestamp.from(clock.instant()), learnerId);
    }
}
