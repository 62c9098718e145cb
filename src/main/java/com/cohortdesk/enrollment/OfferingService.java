package com.cohortdesk.enrollment;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.programme.FacultyUnassigned;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ModuleSummary;
import com.cohortdesk.programme.ProgrammeModule;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offerings: the modules a cohort runs in a term, their leads and their rosters. */
@Service
public class OfferingService {

    private static final Map<String, String> ROSTER_SORT = Map.of(
            "fullName",
            "l.full_name",
            "email",
            "l.email",
            "country",
            "l.country",
            "timeZone",
            "l.time_zone",
            "status",
            "e.status");

    private final OfferingRepository offerings;
    private final EnrollmentRepository enrollments;
    private final ModuleService modules;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final OfferingAccess access;
    private final EntityManager entityManager;
    private final Clock clock;

    OfferingService(
            OfferingRepository offerings,
            EnrollmentRepository enrollments,
            ModuleService modules,
            StaffService staff,
            CurrentUser currentUser,
            OfferingAccess access,
            EntityManager entityManager,
            Clock clock) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.modules = modules;
        this.staff = staff;
        this.currentUser = currentUser;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Sets up the term's offerings for a cohort: one per module the schedule places in that term, led by
     * the module's faculty. Offerings that exist already are kept as they are.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public List<OfferingRow> setUpTerm(long cohortId, int term) {
        ProgrammeSchedule.term(term);
        var cohort = entityManager.find(Cohort.class, cohortId);
        if (cohort == null) throw new RuleViolation("There is no cohort with id " + cohortId + ".");
        var existing = offerings.findByCohortAndTerm(cohortId, term).stream()
                .map(o -> o.getModule().getCode())
                .collect(Collectors.toSet());
        for (ModuleSummary module : modules.listModules()) {
            for (var slot : module.slots()) {
                if (slot.term() == term && !existing.contains(module.code())) {
                    offerings.save(new Offering(
                            cohort,
                            entityManager.getReference(ProgrammeModule.class, module.id()),
                            term,
                            slot.part(),
                            slot.ects(),
                            module.slots().size(),
                            leadsOf(module)));
                }
            }
        }
        offerings.flush();
        return offerings.findRows(cohortId, term, null);
    }

    /** Offerings of a cohort (and term, when given) with their places; administrators only. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<OfferingRow> offerings(@Nullable Long cohortId, @Nullable Integer term) {
        return offerings.findRows(cohortId, term, null);
    }

    /** The offerings the signed-in member of staff leads. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<OfferingRow> myOfferings() {
        return offerings.findRows(null, null, currentUser.require().getStaffId());
    }

    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public OfferingDetails get(long offeringId) {
        var offering = readable(offeringId);
        var cohort = offering.getCohort();
        var leads = staff.displayNames(offering.getLeadIds()).values().stream()
                .sorted()
                .toList();
        return new OfferingDetails(
                offeringId,
                offering.getVersion(),
                cohort.getId(),
                cohort.getName(),
                offering.getTerm(),
                cohort.getTerms().get(offering.getTerm() - 1),
                offering.getModule().getCode(),
                offering.getModule().getTitle(),
                offering.getPart(),
                offering.getModule().getSlots().size(),
                offering.getEcts(),
                leads,
                enrollments.countTaken(offeringId),
                offering.getLeadIds());
    }

    /**
     * Sets who leads an offering (administrators), made on the given version; every lead must be a faculty
     * member. The change reaches the audit trail with the offering's other changes.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public OfferingDetails setLeads(long offeringId, long version, Set<Long> leadIds) {
        var offering = offerings
                .findWithModuleAndCohort(offeringId)
                .orElseThrow(() -> new RuleViolation("There is no offering with id " + offeringId + "."));
        if (offering.getVersion() != version)
            throw new ObjectOptimisticLockingFailureException(Offering.class, offeringId);
        var faculty = staff.listStaff().stream()
                .filter(s -> s.roles().contains(Role.FACULTY))
                .map(StaffSummary::id)
                .collect(Collectors.toSet());
        var notFaculty = leadIds.stream()
                .filter(id -> !faculty.contains(id))
                .sorted()
                .map(String::valueOf)
                .toList();
        if (!notFaculty.isEmpty()) {
            throw new RuleViolation(
                    "Only faculty members can lead an offering (not staff " + String.join(", ", notFaculty) + ").");
        }
        offering.setLeads(leadIds);
        offerings.saveAndFlush(offering);
        return get(offeringId);
    }

    /**
     * Someone who no longer teaches a module stops leading its open offerings (those whose term has not
     * ended); the offerings they led in the past stay theirs to read.
     */
    @EventListener
    void onFacultyUnassigned(FacultyUnassigned event) {
        var today = LocalDate.now(clock);
        boolean changed = false;
        for (var offering : offerings.findLedOfModule(event.moduleCode(), event.staffUserId())) {
            var dates = offering.getCohort().getTerms().get(offering.getTerm() - 1);
            if (!dates.endsOn().isBefore(today)) changed |= offering.removeLead(event.staffUserId());
        }
        if (changed) offerings.flush();
    }

    /** One page of an offering's roster, filtered and sorted in the database; faculty only for offerings they lead. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public List<EnrolledLearnerRow> roster(
            long offeringId, @Nullable EnrollmentStatus status, @Nullable String text, Pageable page) {
        readable(offeringId);
        var orders = page.getSort().stream()
                .filter(o -> ROSTER_SORT.containsKey(o.getProperty()))
                .map(o -> new Sort.Order(o.getDirection(), ROSTER_SORT.get(o.getProperty())))
                .toList();
        var pageable = PageRequest.of(
                page.getPageNumber(), page.getPageSize(), Sort.by(orders).and(Sort.by("l.full_name", "l.id")));
        return enrollments.findRoster(offeringId, status, likePattern(text), pageable);
    }

    private Offering readable(long offeringId) {
        access.requireReadable(offeringId);
        return offerings
                .findWithModuleAndCohort(offeringId)
                .orElseThrow(() -> new RuleViolation("There is no offering with id " + offeringId + "."));
    }

    private Set<Long> leadsOf(ModuleSummary module) {
        return new HashSet<>(modules.facultyIds(module.code()));
    }

    static @Nullable String likePattern(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        return "%"
                + text.strip()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
