package com.cohortdesk.cohort;

import com.cohortdesk.security.Role;
import org.springframework.security.access.annotation.Secured;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and their term dates. */
@Service
public class CohortService {

    private final CohortRepository cohorts;

    CohortService(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<CohortSummary> listCohorts() {
        return cohorts.findAllWithTerms().stream().map(CohortSummary::of).toList();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countCohorts() {
        return cohorts.count();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public CohortSummary create(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {
        return CohortSummary.of(cohorts.save(new Cohort(name, intakeYear, status, terms)));
    }
}
