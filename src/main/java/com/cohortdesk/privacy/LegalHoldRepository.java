package com.cohortdesk.privacy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

    @Query("select h from LegalHold h where h.learner.id = :learnerId")
    Optional<LegalHold> findByLearnerId(long learnerId);
}
