package com.cohortdesk.assessment;

import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.learner.Learner;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Extensions: administrators grant them; faculty read those of the offerings they lead; a learner's effective deadlines. */
@Service
public class ExtensionService {

    private final AssessmentRepository assessments;
    private final ExtensionRepository extensions;
    private final CurrentUser currentUser;
    private final OfferingAccess access;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExtensionService(
            AssessmentRepository assessments,
            ExtensionRepository extensions,
            CurrentUser currentUser,
            OfferingAccess access,
            EntityManager entityManager,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.extensions = extensions;
        this.currentUser = currentUser;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Grants the same extension to each learner given; all or none. Returns how many were granted. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public int grant(ExtensionDraft draft) {
        var assessment = assessments
                .findWithOffering(draft.assessmentId())
                .orElseThrow(() -> new RuleViolation("There is no assessment with id " + draft.assessmentId() + "."));
        var problems = new ArrayList<String>();
        addIfAny(problems, ExtensionDraft.learnersProblem(draft.learnerIds()));
        var zone = ProgrammeTime.parseZone(draft.zone()).orElse(null);
        if (zone == null) problems.add(ProgrammeTime.zoneProblem(draft.zone()));
        addIfAny(
                problems,
                ExtensionDraft.newDueProblem(
                        draft.newDue(), zone, assessment.deadline().due()));
        addIfAny(problems, ExtensionDraft.newCutOffProblem(draft.newCutOff(), draft.newDue(), zone));
        addIfAny(problems, ExtensionDraft.reasonProblem(draft.reason()));
        Instant newDue = zone == null || draft.newDue() == null
                ? null
                : LocalDeadline.toInstant(draft.newDue(), zone).instant();
        Instant newCutOff = zone == null || draft.newCutOff() == null
                ? null
                : LocalDeadline.toInstant(draft.newCutOff(), zone).instant();
        var enrolled = assessments.findPlaces(List.of(assessment.getOffering().getId())).stream()
                .map(Place::learnerId)
                .collect(Collectors.toSet());
        var strangers =
                draft.learnerIds().stream().filter(id -> !enrolled.contains(id)).count();
        if (strangers > 0) problems.add(strangers + " of the chosen learners hold no place in this module.");
        if (!problems.isEmpty() || newDue == null || zone == null) throw new RuleViolation(String.join(" ", problems));
        var by = currentUser.username();
        var at = clock.instant();
        for (var learnerId : draft.learnerIds()) {
            extensions.save(new Extension(
                    assessment,
                    entityManager.getReference(Learner.class, learnerId),
                    newDue,
                    newCutOff,
                    zone.getId(),
                    draft.reason().strip(),
                    by,
                    at));
        }
        extensions.flush();
        var module = assessment.getOffering().getModule();
        events.publishEvent(new ExtensionGranted(
                assessment.getId(),
                assessment.getOffering().getId(),
                assessment.getTitle(),
                module.getCode(),
                module.getTitle(),
                assessment.getDueAt(),
                newDue,
                newCutOff,
                draft.reason().strip(),
                List.copyOf(draft.learnerIds())));
        return draft.learnerIds().size();
    }

    /** Every extension granted for an assessment, newest first; faculty only for offerings they lead. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<ExtensionRow> history(long assessmentId) {
        var assessment = assessments
                .findWithOffering(assessmentId)
                .orElseThrow(() -> new RuleViolation("There is no assessment with id " + assessmentId + "."));
        if (!access.mayRead(assessment.getOffering().getId())) {
            throw new AccessDeniedException("Faculty may read only the extensions of the offerings they lead.");
        }
        return extensions.findHistory(assessmentId);
    }

    /** The learners holding a place in the assessment's offering, by name. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<LearnerChoice> candidates(long assessmentId) {
        return assessments.findCandidates(assessmentId);
    }

    /** A learner's effective deadlines (their modules' deadlines with their extensions applied), in due order. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<LearnerDeadline> learnerDeadlines(long learnerId) {
        var learner = entityManager.find(Learner.class, learnerId);
        if (learner == null) throw new RuleViolation("There is no learner with id " + learnerId + ".");
        Map<Long, AssessmentRow> rows = assessments.findRowsOfLearner(learnerId).stream()
                .collect(Collectors.toMap(AssessmentRow::id, Function.identity()));
        var deadlines = rows.values().stream()
                .map(r -> new Deadline(r.id(), r.due(), r.cutOff()))
                .toList();
        var grants = extensions.findOfLearner(learnerId).stream()
                .map(LearnerExtension::grant)
                .toList();
        return EffectiveDeadlines.of(deadlines, grants).stream()
                .map(e -> new LearnerDeadline(rows.get(e.assessmentId()), e, learner.getTimeZone()))
                .toList();
    }

    private static void addIfAny(List<String> problems, @Nullable String problem) {
        if (problem != null) problems.add(problem);
    }
}
