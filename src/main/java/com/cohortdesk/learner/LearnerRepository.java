package com.cohortdesk.learner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearnerRepository extends JpaRepository<Learner, Long>, LearnerRows {

    @Query(
            "select new com.cohortdesk.learner.LearnerContact(l.id, l.fullName, l.email, l.timeZone) from Learner l where l.id in :ids")
    List<LearnerContact> findContacts(Collection<Long> ids);

    @Query("select count(l) from Learner l where l.id = :learnerId and l.status = :status")
    long countWithStatus(long learnerId, LearnerStatus status);

    long countByCohortId(long cohortId);

    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @Query(value = "update learner set cohort_name = :name where cohort_id = :cohortId", nativeQuery = true)
    int renameCohort(long cohortId, String name);

    @Query("""
            select new com.cohortdesk.learner.LearnerRef(l.id, l.fullName, l.status) from Learner l
            where l.cohort.id = :cohortId order by l.fullName, l.id
            """)
    List<LearnerRef> findMembers(long cohortId);

    @Query("select c.id, l.status, count(l) from Learner l join l.cohort c group by c.id, l.status")
    List<Object[]> countByCohortAndStatus();

    @Query("select l.id from Learner l where l.email = :email")
    Optional<Long> findIdByEmail(String email);

    /** Which of these lower-case addresses a learner already has (case-insensitive); callers pass at most 1,000. */
    @Query("select l.email from Learner l where l.email in :emails") // emails are stored lower-case (unique index)
    List<String> findExistingEmails(Collection<String> emails);
}
