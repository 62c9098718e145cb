package com.cohortdesk.enrollment;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerRef;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.LearnerStatusChanged;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.TextRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolments: enrolling cohorts and late learners term by term, changes of places, and learners' plans. */
@Service
public class EnrollmentService {

    private final OfferingService offeringService;
    private final OfferingRepository offerings;
    private final EnrollmentRepository enrollments;
    private final EnrollmentWriter writer;
    private final LearnerService learners;
    private final CurrentUser currentUser;
    private final Clock clock;

    EnrollmentService(
            OfferingService offeringService,
            OfferingRepository offerings,
            EnrollmentRepository enrollments,
            EnrollmentWriter writer,
            LearnerService learners,
            CurrentUser currentUser,
            Clock clock) {
        this.offeringService = offeringService;
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.writer = writer;
        this.learners = learners;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Enrols every active learner of a cohort into the term's offerings (setting them up when needed),
     * in one transaction. Running it again adds nobody twice; the report says who was added and who
     * was skipped, and why.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public EnrolReport enrolCohortIntoTerm(long cohortId, int term) {
        return enrol(cohortId, term, learners.members(cohortId), "Enrolled with the cohort into term " + term);
    }

    /** Enrols one (late) learner into a term of their cohort, under the same rules. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public EnrolReport enrolLearnerIntoTerm(long learnerId, int term) {
        LearnerDetails learner = learners.get(learnerId);
        return enrol(learner.cohortId(), term, List.of(learners.ref(learnerId)), "Enrolled late into term " + term);
    }

    private EnrolReport enrol(long cohortId, int term, List<LearnerRef> members, String reason) {
        long started = System.nanoTime();
        var rows = offeringService.setUpTerm(cohortId, term);
        var termOfferings = offerings.findByCohortAndTerm(cohortId, term).stream()
                .map(o -> new EnrollmentDecisions.TermOffering(
                        o.getId(),
                        o.getModule().getCode(),
                        o.getModule().getTitle(),
                        o.getPart(),
                        o.getModule().getSlots().size()))
                .sorted(Comparator.comparing(EnrollmentDecisions.TermOffering::moduleCode))
                .toList();
        var held = heldBy(members.stream().map(LearnerRef::id).toList());
        var places = new ArrayList<EnrollmentWriter.Place>();
        var added = new ArrayList<EnrolReport.Added>();
        var skipped = new ArrayList<EnrolReport.Skipped>();
        for (var member : members) {
            var decision = EnrollmentDecisions.decide(
                    member.fullName(),
                    member.status() == LearnerStatus.ACTIVE,
                    member.status().label().toLowerCase(),
                    term,
                    termOfferings,
                    held.getOrDefault(member.id(), List.of()));
            decision.add().forEach(o -> places.add(new EnrollmentWriter.Place(member.id(), o.offeringId())));
            if (!decision.add().isEmpty()) {
                added.add(new EnrolReport.Added(
                        member.id(),
                        member.fullName(),
                        decision.add().stream()
                                .map(EnrollmentDecisions.TermOffering::moduleCode)
                                .toList()));
            }
            decision.skipped()
                    .forEach(reasonText ->
                            skipped.add(new EnrolReport.Skipped(member.id(), member.fullName(), reasonText)));
        }
        writer.insert(places, reason, currentUser.username(), clock.instant());
        var cohortName = rows.isEmpty() ? "" : rows.getFirst().cohortName();
        return new EnrolReport(
                cohortName,
                term,
                termOfferings.stream()
                        .map(EnrollmentDecisions.TermOffering::label)
                        .toList(),
                added,
                skipped,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Records the results of a term: every open place in the cohort's offerings of that term becomes completed. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public int completeTerm(long cohortId, int term) {
        var ids = offerings.findByCohortAndTerm(cohortId, term).stream()
                .map(Offering::getId)
                .toList();
        if (ids.isEmpty()) return 0;
        var open = new ArrayList<EnrollmentWriter.Change>();
        for (var id : ids) {
            enrollments
                    .findRoster(id, EnrollmentStatus.ENROLLED, null, Pageable.unpaged())
                    .forEach(r -> open.add(new EnrollmentWriter.Change(
                            r.enrollmentId(), EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)));
        }
        writer.change(open, "Term " + term + " results recorded", currentUser.username(), clock.instant());
        return open.size();
    }

    /** Changes one place: withdraw a learner from a module, or record completed / failed. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void changePlace(long enrollmentId, long version, EnrollmentStatus to, String reason) {
        var enrollment = enrollments
                .findById(enrollmentId)
                .orElseThrow(() -> new RuleViolation("There is no enrolment with id " + enrollmentId + "."));
        if (enrollment.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Enrollment.class, enrollmentId);
        }
        if (reason == null || reason.isBlank())
            throw new RuleViolation("Give a reason for the change; it is kept in the history.");
        TextRules.requireMultiLine("reason", reason);
        if (enrollment.getStatus() == to) {
            throw new RuleViolation("The place is already " + to.label().toLowerCase() + ".");
        }
        if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
            throw new RuleViolation("A withdrawn place cannot change; enrol the learner again instead.");
        }
        writer.change(
                List.of(new EnrollmentWriter.Change(enrollmentId, enrollment.getStatus(), to)),
                reason.strip(),
                currentUser.username(),
                clock.instant());
    }

    /** A learner's six terms × modules across cohorts, with the programme rules' verdict. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public LearnerPlan plan(long learnerId) {
        var learner = learners.ref(learnerId);
        var entries = enrollments.findPlan(learnerId);
        return new LearnerPlan(
                learner.fullName(),
                entries,
                PlanRules.check(
                        learner.fullName(),
                        PlanRules.Standing.valueOf(learner.status().name()),
                        entries));
    }

    /**
     * Places follow the learner: withdrawing or deferring releases their open places (a deferred
     * learner is enrolled again with the new cohort when they resume); graduating needs a complete plan.
     */
    @EventListener
    void onLearnerStatusChanged(LearnerStatusChanged event) {
        var by = currentUser.username();
        if (event.action() == StatusAction.WITHDRAW || event.action() == StatusAction.INTERRUPT) {
            var open = enrollments.findByLearnerAndStatus(event.learnerId(), EnrollmentStatus.ENROLLED).stream()
                    .map(e -> new EnrollmentWriter.Change(
                            e.getId(), EnrollmentStatus.ENROLLED, EnrollmentStatus.WITHDRAWN))
                    .toList();
            var reason = (event.action() == StatusAction.INTERRUPT
                            ? "Deferred to " + event.cohortName()
                            : "Withdrew from the programme")
                    + ": " + event.reason();
            writer.change(open, reason, by, clock.instant());
        } else if (event.action() == StatusAction.GRADUATE) {
            var plan = enrollments.findPlan(event.learnerId());
            if (!PlanRules.check(event.learnerName(), PlanRules.Standing.GRADUATED, plan)
                    .isEmpty()) {
                var completed = plan.stream()
                        .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                        .map(PlanEntry::ects)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                var open = plan.stream()
                        .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                        .map(PlanEntry::moduleCode)
                        .toList();
                throw new RuleViolation(event.learnerName() + " cannot graduate yet: "
                        + completed.stripTrailingZeros().toPlainString() + " of 90 ECTS completed"
                        + (open.isEmpty() ? "." : ", and places are still open in " + String.join(", ", open) + "."));
            }
        }
    }

    private Map<Long, List<EnrollmentDecisions.Held>> heldBy(List<Long> learnerIds) {
        var held = new HashMap<Long, List<EnrollmentDecisions.Held>>();
        for (Object[] row : writer.placesOf(learnerIds)) {
            held.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new EnrollmentDecisions.Held(
                            (String) row[1],
                            (Integer) row[2],
                            (Integer) row[3],
                            (EnrollmentStatus) row[4],
                            (String) row[5],
                            (Long) row[6]));
        }
        return held;
    }
}
