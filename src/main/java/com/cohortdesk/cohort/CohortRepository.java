package com.cohortdesk.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select distinct c from Cohort c left join fetch c.terms order by c.intakeYear desc")
    List<Cohort> findAllWithTerms();

    Optional<Cohort> findByNameIgnoreCase(String name);

    Optional<Cohort> findByIntakeYear(int intakeYear);
}
