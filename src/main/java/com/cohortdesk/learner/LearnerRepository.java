package com.cohortdesk.learner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearnerRepository extends JpaRepository<Learner, Long>, LearnerRows {

    long countByCohortId(long cohortId);

    @Query("select c.id, l.status, count(l) from Learner l join l.cohort c group by c.id, l.status")
    List<Object[]> countByCohortAndStatus();

    @Query("select l.id from Learner l where l.email = :email")
    java.util.Optional<Long> findIdByEmail(String email);
}
