package com.cohortdesk.learner;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.security.Role;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.annotation.Secured;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learner roster. */
@Service
public class LearnerService {

    /** Roster columns that can be sorted, and the query path each sorts by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "l.fullName", "email", "l.email", "country", "l.country",
            "timeZone", "l.timeZone", "status", "l.status", "cohortName", "c.name");

    private final LearnerRepository learners;
    private final EntityManager entityManager;

    LearnerService(LearnerRepository learners, EntityManager entityManager) {
        this.learners = learners;
        this.entityManager = entityManager;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<LearnerRow> roster(LearnerFilter filter, Pageable page) {
        return learners.findRows(filter.textPattern(), filter.cohortId(), filter.countryOrNull(), filter.status(),
                filter.timeZoneOrNull(), withStableSort(page));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countLearners() {
        return learners.count();
    }

    /** Adds learners to their cohorts in one transaction: all or none. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void addAll(Collection<NewLearner> newLearners) {
        learners.saveAll(newLearners.stream()
                .map(n -> new Learner(entityManager.getReference(Cohort.class, n.cohortId()), n.fullName(), n.email(),
                        n.country(), n.timeZone(), n.status()))
                .toList());
    }

    /** Maps the UI's column keys to query paths and adds the id so that paging is deterministic. */
    private static Pageable withStableSort(Pageable page) {
        var orders = page.getSort().stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> new Sort.Order(o.getDirection(), SORTABLE.get(o.getProperty())))
                .toList();
        var sort = Sort.by(orders).and(Sort.by("l.fullName", "l.id"));
        return org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
    }
}
