package com.cohortdesk.assessment;

import com.cohortdesk.enrollment.Offering;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments and their deadlines. Administrators set them; faculty read those of the offerings they
 * lead. Saving a deadline that creates a clash is held back until the clash is confirmed.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ExtensionRepository extensions;
    private final OfferingAccess access;
    private final EntityManager entityManager;
    private final int clashThreshold;

    AssessmentService(
            AssessmentRepository assessments,
            ExtensionRepository extensions,
            OfferingAccess access,
            EntityManager entityManager,
            @Value("${cohortdesk.assessments.clash-threshold:3}") int clashThreshold) {
        this.assessments = assessments;
        this.extensions = extensions;
        this.access = access;
        this.entityManager = entityManager;
        this.clashThreshold = clashThreshold;
    }

    /** Deadlines and weights of a cohort and term (either may be left out); faculty see only the offerings they lead. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public DeadlineList deadlines(@Nullable Long cohortId, @Nullable Integer term) {
        var scope = access.scope();
        if (scope.none()) return DeadlineList.of(List.of(), List.of(), clashThreshold);
        return DeadlineList.of(
                assessments.findRows(cohortId, term, scope.all(), scope.idsForQuery()),
                assessments.findWeights(cohortId, term, scope.all(), scope.idsForQuery()),
                clashThreshold);
    }

    /**
     * For calendar feeds (read by the feed's system actor, see the calendar package): the deadlines of a
     * cohort's offerings, or of the offerings a member of staff leads, in due order.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<AssessmentRow> feedDeadlines(@Nullable Long cohortId, @Nullable Long leadId) {
        if (cohortId == null && leadId == null) throw new RuleViolation("Name a cohort or a lead.");
        return leadId != null
                ? assessments.findRowsOfLead(leadId)
                : assessments.findRows(cohortId, null, true, List.of(-1L));
    }

    /**
     * For the calendar page: deadlines due in [from, to) of the given cohorts and modules (empty: all);
     * faculty get only those of the offerings they lead, whatever they choose.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<AssessmentRow> calendar(
            Collection<Long> cohortIds, Collection<Long> moduleIds, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 62) {
            throw new RuleViolation("Ask for at most two months of deadlines at a time.");
        }
        var scope = access.scope();
        if (scope.none()) return List.of();
        return assessments.findDueBetween(
                from,
                to,
                scope.all(),
                scope.idsForQuery(),
                cohortIds.isEmpty(),
                cohortIds.isEmpty() ? List.of(-1L) : cohortIds,
                moduleIds.isEmpty(),
                moduleIds.isEmpty() ? List.of(-1L) : moduleIds);
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public AssessmentRow get(long id) {
        readable(id);
        return assessments.findRow(id).orElseThrow();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countAssessments() {
        return assessments.count();
    }

    /** Creates an assessment, unless it makes a clash that is not confirmed yet. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public SaveOutcome create(AssessmentDraft draft, boolean clashConfirmed) {
        var values = draft.resolve();
        var offering = entityManager.find(Offering.class, draft.offeringId());
        if (offering == null) throw new RuleViolation("There is no offering with id " + draft.offeringId() + ".");
        var clashes = clashes(0, offering.getCohort().getId(), values);
        if (!clashes.isEmpty() && !clashConfirmed) return new SaveOutcome(null, clashes, clashThreshold);
        var saved = assessments.saveAndFlush(new Assessment(offering, values));
        return new SaveOutcome(assessments.findRow(saved.getId()).orElseThrow(), clashes, clashThreshold);
    }

    /** Saves an edit made on the given version (the offering stays), unless it makes an unconfirmed clash. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public SaveOutcome update(long id, long version, AssessmentDraft draft, boolean clashConfirmed) {
        var assessment = findVersion(id, version);
        var values = draft.resolve();
        var clashes = clashes(id, assessment.getOffering().getCohort().getId(), values);
        if (!clashes.isEmpty() && !clashConfirmed) return new SaveOutcome(null, clashes, clashThreshold);
        assessment.edit(values);
        assessments.saveAndFlush(assessment);
        return new SaveOutcome(assessments.findRow(id).orElseThrow(), clashes, clashThreshold);
    }

    /** Deletes an assessment that has no extensions (their history is kept). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void delete(long id, long version) {
        var assessment = findVersion(id, version);
        if (extensions.countByAssessmentId(id) > 0) {
            throw new RuleViolation("This assessment has extensions; move its deadline instead of deleting it.");
        }
        assessments.delete(assessment);
        assessments.flush();
    }

    private List<String> clashes(long id, long cohortId, AssessmentDraft.Resolved values) {
        var others = assessments.findSourcesOfCohort(cohortId).stream()
                .filter(s -> s.assessmentId() != id)
                .map(ClashSource::dated)
                .toList();
        var candidate = new ClashWindows.Dated(id == 0 ? -1 : id, values.due(), values.title());
        return ClashWindows.clashesWith(candidate, others, clashThreshold).stream()
                .map(ClashWindows.Dated::label)
                .toList();
    }

    private Assessment findVersion(long id, long version) {
        var assessment = assessments
                .findWithOffering(id)
                .orElseThrow(() -> new RuleViolation("There is no assessment with id " + id + "."));
        if (assessment.getVersion() != version) throw new ObjectOptimisticLockingFailureException(Assessment.class, id);
        return assessment;
    }

    private void readable(long id) {
        var assessment = assessments
                .findWithOffering(id)
                .orElseThrow(() -> new RuleViolation("There is no assessment with id " + id + "."));
        if (!access.mayRead(assessment.getOffering().getId())) {
            throw new AccessDeniedException("Faculty may read only the deadlines of the offerings they lead.");
        }
    }
}
