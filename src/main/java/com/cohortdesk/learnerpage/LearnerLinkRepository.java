package com.cohortdesk.learnerpage;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LearnerLinkRepository extends JpaRepository<LearnerLink, Long> {

    Optional<LearnerLink> findByLearnerId(long learnerId);

    /** The current link with this token's hash (the unique index serves it); revoked links have no hash. */
    Optional<LearnerLink> findByHashedToken(String hashedToken);

    /** An opening of the page: plain update (no entity event, so not audited; the version stays). */
    @Modifying
    @Query(value = "update learner_link set last_opened_at = :at where id = :id", nativeQuery = true)
    int recordOpened(long id, Instant at);
}
