package com.cohortdesk.cohort;

import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and their term dates. */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final OfferingAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CohortService(
            CohortRepository cohorts,
            OfferingAccess access,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cohorts = cohorts;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Every cohort that is not archived, newest intake first. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<CohortSummary> listCohorts() {
        return listCohorts(false);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<CohortSummary> listCohorts(boolean includeArchived) {
        return cohorts.findAllWithTerms().stream()
                .filter(c -> includeArchived || !c.isArchived())
                .map(CohortSummary::of)
                .toList();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public CohortSummary get(long id) {
        return CohortSummary.of(find(id));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countCohorts() {
        return cohorts.count();
    }

    /**
     * The cohorts whose learners the signed-in user may read: every cohort that is not archived for
     * administrators; for faculty, the cohorts of the offerings they lead ({@link OfferingAccess}), past ones too.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<CohortSummary> myCohorts() {
        if (currentUser.isAdmin()) {
            return cohorts.findAllWithTerms().stream()
                    .filter(c -> !c.isArchived())
                    .map(CohortSummary::of)
                    .toList();
        }
        Set<Long> mine = access.cohortIdsInScope();
        return cohorts.findAllWithTerms().stream()
                .filter(c -> mine.contains(c.getId()))
                .map(CohortSummary::of)
                .toList();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public CohortSummary create(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {
        return create(new CohortDraft(name, intakeYear, status, terms));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public CohortSummary create(CohortDraft draft) {
        checkDraft(draft, null);
        return CohortSummary.of(
                cohorts.save(new Cohort(draft.name().strip(), draft.intakeYear(), draft.status(), draft.terms())));
    }

    /** Saves an edit made on the given version; refuses it when someone else saved in between. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public CohortSummary update(long id, long version, CohortDraft draft) {
        var cohort = findVersion(id, version);
        checkDraft(draft, id);
        if (!cohort.getName().equals(draft.name().strip()))
            events.publishEvent(new CohortRenamed(id, draft.name().strip()));
        cohort.edit(draft.name().strip(), draft.intakeYear(), draft.status(), draft.terms());
        return CohortSummary.of(cohorts.saveAndFlush(cohort));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public CohortSummary setArchived(long id, long version, boolean archived) {
        var cohort = findVersion(id, version);
        cohort.setArchived(archived);
        return CohortSummary.of(cohorts.saveAndFlush(cohort));
    }

    private void checkDraft(CohortDraft draft, Long id) {
        var problems = draft.problems();
        cohorts.findByNameIgnoreCase(draft.name().strip())
                .filter(c -> !c.getId().equals(id))
                .ifPresent(c -> problems.add("There is already a cohort called " + c.getName() + "."));
        cohorts.findByIntakeYear(draft.intakeYear())
                .filter(c -> !c.getId().equals(id))
                .ifPresent(c ->
                        problems.add("The " + draft.intakeYear() + " intake already exists (" + c.getName() + ")."));
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
    }

    private Cohort find(long id) {
        return cohorts.findById(id).orElseThrow(() -> new RuleViolation("There is no cohort with id " + id + "."));
    }

    private Cohort findVersion(long id, long version) {
        var cohort = find(id);
        if (cohort.getVersion() != version) throw new ObjectOptimisticLockingFailureException(Cohort.class, id);
        return cohort;
    }
}
