package com.cohortdesk.learner;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.cohort.CohortRenamed;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learner roster, learners' details and their standing in the programme. */
@Service
public class LearnerService {

    /** Roster columns that can be sorted, and the SQL column each sorts by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "fullName",
            "l.full_name",
            "email",
            "l.email",
            "country",
            "l.country",
            "timeZone",
            "l.time_zone",
            "status",
            "l.status",
            "cohortName",
            "l.cohort_name");

    private final LearnerRepository learners;
    private final LearnerStatusChangeRepository history;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final OfferingAccess access;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LearnerStatusCounts statusCounts;
    private final ApplicationEventPublisher events;
    private final LearnerEndDates endDates;

    LearnerService(
            LearnerRepository learners,
            LearnerStatusChangeRepository history,
            CohortService cohorts,
            CurrentUser currentUser,
            OfferingAccess access,
            EntityManager entityManager,
            Clock clock,
            ApplicationEventPublisher events,
            LearnerStatusCounts statusCounts,
            LearnerEndDates endDates) {
        this.statusCounts = statusCounts;
        this.endDates = endDates;
        this.access = access;
        this.events = events;
        this.learners = learners;
        this.history = history;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * One page of the roster, filtered and sorted in the database (no count query). Faculty find only the
     * learners holding a place in an offering they lead ({@link OfferingAccess}); nothing for anyone else.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<LearnerRow> roster(LearnerFilter filter, Pageable page) {
        var scope = access.scope();
        if (scope.none()) return List.of();
        return learners.findRows(
                filter.textPrefixes(),
                filter.cohortId(),
                filter.countryOrNull(),
                filter.status(),
                filter.timeZoneOrNull(),
                scope.all() ? null : scope.offeringIds(),
                withStableSort(page));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countLearners() {
        return learners.count();
    }

    /** Learners per cohort and status, for the cohort list (one grouped query). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public Map<Long, Map<LearnerStatus, Long>> countsByCohort() {
        var counts = new HashMap<Long, Map<LearnerStatus, Long>>();
        for (Object[] row : learners.countByCohortAndStatus()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(LearnerStatus.class))
                    .put((LearnerStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public LearnerDetails get(long id) {
        var learner = find(id);
        var cohort = learner.getCohort();
        var from = learner.getDeferredFromCohort();
        return new LearnerDetails(
                id,
                learner.getVersion(),
                learner.getFullName(),
                learner.getEmail(),
                learner.getCountry(),
                learner.getTimeZone().getId(),
                learner.getStatus(),
                cohort.getId(),
                cohort.getName(),
                cohort.getIntakeYear(),
                from == null ? null : from.getName(),
                history.findHistory(id),
                learner.isErased());
    }

    /** Saves edited details made on the given version; refuses them when someone else saved in between. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public LearnerDetails update(long id, long version, LearnerEdit edit) {
        var learner = findVersion(id, version);
        var problems = LearnerRules.check(edit.fullName(), edit.email(), edit.country(), edit.timeZone());
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems.values()));
        learners.findIdByEmail(edit.email().strip().toLowerCase(Locale.ROOT))
                .filter(other -> other != id)
                .ifPresent(other -> {
                    throw new RuleViolation("Another learner already has the email "
                            + edit.email().strip() + ".");
                });
        learner.update(edit);
        learners.saveAndFlush(learner);
        return get(id);
    }

    /** Interrupts (defers), resumes, withdraws or graduates a learner, recording who, when and why. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public LearnerDetails changeStatus(
            long id, long version, StatusAction action, String reason, @Nullable Long targetCohortId) {
        var learner = findVersion(id, version);
        Cohort target = targetCohortId == null ? null : entityManager.find(Cohort.class, targetCohortId);
        if (targetCohortId != null && target == null) {
            throw new RuleViolation("There is no cohort with id " + targetCohortId + ".");
        }
        var problems = LearnerLifecycle.check(
                learner.getFullName(),
                learner.getStatus(),
                action,
                reason,
                learner.getCohort().getIntakeYear(),
                target == null ? null : target.getIntakeYear());
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
        // Listeners act (and may refuse, e.g. graduating with an incomplete plan) before anything changes.
        events.publishEvent(new LearnerStatusChanged(
                id,
                learner.getFullName(),
                action,
                reason.strip(),
                target != null ? target.getName() : learner.getCohort().getName()));
        long fromCohort = learner.getCohort().getId();
        var fromStatus = learner.getStatus();
        history.save(learner.changeStatus(action, target, reason, currentUser.username(), clock.instant()));
        learners.saveAndFlush(learner);
        statusCounts.add(fromCohort, fromStatus, -1);
        statusCounts.add(learner.getCohort().getId(), learner.getStatus(), 1);
        return get(id);
    }

    /** The learners of a cohort with their standing, for bulk operations such as enrolment. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<LearnerRef> members(long cohortId) {
        return learners.findMembers(cohortId);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public LearnerRef ref(long learnerId) {
        var learner = find(learnerId);
        return new LearnerRef(learnerId, learner.getFullName(), learner.getStatus());
    }

    /** The later cohorts a learner of this intake could defer to. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<CohortSummary> deferralTargets(int intakeYear) {
        return cohorts.listCohorts().stream()
                .filter(c -> c.intakeYear() > intakeYear)
                .sorted(Comparator.comparingInt(CohortSummary::intakeYear))
                .toList();
    }

    /** Adds learners to their cohorts in one transaction: all or none. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void addAll(Collection<NewLearner> newLearners) {
        learners.saveAll(newLearners.stream()
                .map(n -> new Learner(
                        entityManager.getReference(Cohort.class, n.cohortId()),
                        n.fullName(),
                        n.email(),
                        n.country(),
                        n.timeZone(),
                        n.status()))
                .toList());
        newLearners.stream()
                .collect(Collectors.groupingBy(n -> Map.entry(n.cohortId(), n.status()), Collectors.counting()))
                .forEach((key, count) -> statusCounts.add(key.getKey(), key.getValue(), count));
        learners.flush();
        newLearners.stream()
                .filter(n -> n.status() == LearnerStatus.GRADUATED || n.status() == LearnerStatus.WITHDRAWN)
                .map(NewLearner::cohortId)
                .distinct()
                .forEach(endDates::fill);
    }

    /**
     * Rebuilds the learners-per-cohort-and-status figures the dashboard reads from the learner table: for learners
     * written around this service (SQL by hand, a bulk load), and the end day of graduated or withdrawn learners who have
     * none. Adding learners and changing a status keep both up to date.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void recountStatuses() {
        statusCounts.recount();
        endDates.fillAll();
    }

    /** Keeps the cohort name stored beside each learner in step when a cohort is renamed. */
    @org.springframework.context.event.EventListener
    void onCohortRenamed(CohortRenamed event) {
        learners.renameCohort(event.cohortId(), event.name());
    }

    private Learner find(long id) {
        return learners.findById(id).orElseThrow(() -> new RuleViolation("There is no learner with id " + id + "."));
    }

    private Learner findVersion(long id, long version) {
        var learner = find(id);
        if (learner.isErased())
            throw new RuleViolation("This learner's personal data was erased: nothing about them can be changed.");
        if (learner.getVersion() != version) throw new ObjectOptimisticLockingFailureException(Learner.class, id);
        return learner;
    }

    /**
     * Maps the UI's column keys to query paths and adds name and id so that paging is deterministic; they
     * follow the direction of the last chosen column, so a descending sort is the ascending one reversed
     * and every sort can walk an index. Email is unique and needs neither.
     */
    private static Pageable withStableSort(Pageable page) {
        var orders = new ArrayList<Sort.Order>();
        page.getSort().stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .forEach(o -> orders.add(new Sort.Order(o.getDirection(), SORTABLE.get(o.getProperty()))));
        var direction = orders.isEmpty() ? Sort.Direction.ASC : orders.getLast().getDirection();
        var paths = orders.stream().map(Sort.Order::getProperty).toList();
        if (!paths.contains("l.email")) {
            if (!paths.contains("l.full_name")) orders.add(new Sort.Order(direction, "l.full_name"));
            orders.add(new Sort.Order(direction, "l.id"));
        }
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(orders));
    }
}
